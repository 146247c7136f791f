// Apart from the rest of the filters, with no imports: the header reads it,
// and the header is in the initial bundle that every page downloads.

/** The filters' query parameters: the indicator API's own names. */
export const FILTER_PARAM_KEYS = ['from', 'to', 'programme', 'format', 'course'] as const;
export type FilterParamKey = (typeof FILTER_PARAM_KEYS)[number];

/** Only the filters of a URL's query parameters, for links that keep them across pages. */
export function filterLinkParams(
  queryParams: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of FILTER_PARAM_KEYS) {
    const value = queryParams[key];
    if (typeof value === 'string' && value !== '') kept[key] = value;
  }
  return kept;
}
