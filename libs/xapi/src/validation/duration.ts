// ISO 8601:2004 section 4.4.3.2 durations ("format with designators"), as xAPI
// requires: PnYnMnDTnHnMnS or PnW. Weeks do not combine with other designators,
// at least one component is needed (and one after "T" when it is used), and
// only the last component written may carry a decimal fraction ("." or ",").
// The alternative format (P0001-02-03T...) is refused, as the spec says.

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DURATION = new RegExp(
  `^P(?:${NUMBER}W|(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}D)?` +
    `(T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?)$`,
);

export function isIsoDuration(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DURATION.exec(value);
  if (match === null) return false;
  const [, weeks, years, months, days, timePart, hours, minutes, seconds] = match;
  const components = [weeks, years, months, days, hours, minutes, seconds].filter(
    (part): part is string => part !== undefined,
  );
  if (components.length === 0) return false;
  if (timePart !== undefined && [hours, minutes, seconds].every((part) => part === undefined)) {
    return false;
  }
  return components.slice(0, -1).every((part) => !/[.,]/.test(part));
}
