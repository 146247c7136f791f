export { DEFINITIONS_V1, type Definitions } from './definitions.js';
export { localDate, localYear } from './local-date.js';
export {
  formatIsoDate,
  parseIsoDate,
  parsePeriod,
  periodContains,
  shiftBackOneYear,
  yearPeriod,
  yearsIn,
  type CalendarDate,
  type Period,
} from './period.js';
export { PeriodError, type PeriodErrorCode } from './period-error.js';
export { growth, ratio } from './ratios.js';
export { isCountingStatement, type CountingCandidate } from './counting.js';
