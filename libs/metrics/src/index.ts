export { DEFINITIONS_V1, type Definitions } from './definitions.js';
export { localDate, localYear } from './local-date.js';
export {
  formatIsoDate,
  parseIsoDate,
  parsePeriod,
  periodContains,
  SERIES_INTERVALS,
  seriesBuckets,
  shiftBackOneYear,
  yearPeriod,
  yearsIn,
  type CalendarDate,
  type Period,
  type SeriesBucket,
  type SeriesInterval,
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
export { BreakdownError, type BreakdownErrorCode } from './breakdowns/breakdown-error.js';
export {
  BREAKDOWN_KEYS,
  BREAKDOWNS_BY_INDICATOR,
  UNKNOWN_CELL,
  type BreakdownKey,
  type BrokenDownIndicator,
} from './breakdowns/breakdown-keys.js';
export {
  AGE_SCHEMES,
  DEFAULT_AGE_SCHEME,
  MAX_CUSTOM_AGE,
  MAX_CUSTOM_BANDS,
  OTHER_AGE_CELL,
  ageAt,
  ageBandCells,
  ageBandOf,
  parseAgeBanding,
  parseCustomAgeBands,
  standardAgeBanding,
  type AgeBand,
  type AgeBanding,
  type AgeScheme,
  type StandardAgeScheme,
} from './breakdowns/age-bands.js';
export {
  EDUCATION_CELLS,
  EMPLOYMENT_CELLS,
  RESIDENCE_SEPARATOR,
  SEX_CELLS,
  UNKNOWN_DEMOGRAPHICS,
  demographicCellsOf,
  educationCellOf,
  employmentCellOf,
  residenceCellOf,
  residenceCells,
  sexCellOf,
  type DemographicCells,
  type EducationCell,
  type EmploymentCell,
  type SexCell,
} from './breakdowns/demographic-breakdowns.js';
export {
  FORMAT_CELLS,
  UNCATALOGUED_FORMAT,
  formatCellOf,
  type FormatCell,
} from './breakdowns/format-breakdown.js';
export { CellTally, tallyCells } from './breakdowns/cell-tally.js';
export { DisclosureError, type DisclosureErrorCode } from './disclosure/disclosure-error.js';
export {
  DEFAULT_DISCLOSURE_K,
  MAX_DISCLOSURE_K,
  MIN_DISCLOSURE_K,
  assertDisclosureK,
} from './disclosure/disclosure-k.js';
export {
  SECONDARY_SUPPRESSION_MARK,
  protectBreakdown,
  publishedCellValue,
  type ExactZeroCell,
  type PrimarySuppressedCell,
  type PublishedCell,
  type RoundedCell,
  type SecondarySuppressedCell,
} from './disclosure/protect-breakdown.js';
export {
  MIN_PERCENTAGE_DENOMINATOR,
  publishPercentage,
  type PublishedPercentage,
} from './disclosure/publish-percentage.js';
export {
  PUBLICATION_LANGUAGES,
  disclosureRuleText,
  type PublicationLanguage,
} from './disclosure/disclosure-rule-text.js';
export {
  annualPeriods,
  cumulativePeriods,
  reportingYears,
  type ReportingPeriod,
} from './funding/reporting-periods.js';
export { percentAchieved } from './funding/percent-achieved.js';
export { valueAsOf, type DatedValue } from './funding/value-as-of.js';
