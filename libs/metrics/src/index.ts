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
export { checkColumns, type RowError } from './contracts/row-error.js';
export {
  EMPLOYMENT_STATUSES,
  LEARNER_REGISTRY_COLUMNS,
  SEXES,
  readLearnerRow,
  sameDemographics,
  type Demographics,
  type EmploymentStatus,
  type LearnerIdentifier,
  type LearnerRegistryColumn,
  type LearnerRow,
  type LearnerRowResult,
  type Sex,
} from './contracts/learner-registry.js';
export {
  COURSE_CATALOGUE_COLUMNS,
  COURSE_FORMATS,
  COURSE_MODES,
  readCourseRow,
  type CourseCatalogueColumn,
  type CourseFormat,
  type CourseMode,
  type CourseRow,
  type CourseRowResult,
} from './contracts/course-catalogue.js';
export {
  attributeCourse,
  type AttributableStatement,
  type CourseAttribution,
} from './attribution/course-attribution.js';
export { verbRole, type VerbRole } from './attribution/verb-role.js';
