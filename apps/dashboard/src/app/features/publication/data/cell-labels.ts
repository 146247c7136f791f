import { textOf } from '../../../core/i18n/translator';
import { PUBLICATION_MESSAGES } from '../publication.messages';

/** The cell every breakdown has for what the registry does not say (spec section 5). */
export const UNKNOWN_CELL = 'unknown';
/** Ages a custom scheme's bands leave out. */
const OTHER_AGE_CELL = 'other';

const t = (key: string, params?: Readonly<Record<string, string>>) =>
  textOf(PUBLICATION_MESSAGES, key, params);

/** A breakdown's name as people read it ("Sex", "Age"…); one not foreseen is shown as written. */
export function dimensionLabel(dimension: string): string {
  switch (dimension) {
    case 'sex':
      return t('publication.dimension.sex');
    case 'ageBand':
      return t('publication.dimension.ageBand');
    case 'education':
      return t('publication.dimension.education');
    case 'employment':
      return t('publication.dimension.employment');
    case 'residence':
      return t('publication.dimension.residence');
    case 'format':
      return t('publication.dimension.format');
    default:
      return dimension;
  }
}

/** A cell key of the API as people read it; places, and keys not foreseen, as written. */
export function cellLabel(dimension: string, key: string): string {
  if (key === UNKNOWN_CELL) return t('publication.cell.unknown');
  switch (dimension) {
    case 'sex':
      return sexLabel(key);
    case 'ageBand':
      return ageBandLabel(key);
    case 'education':
      return educationLabel(key);
    case 'employment':
      return employmentLabel(key);
    case 'format':
      return formatLabel(key);
    default:
      return key;
  }
}

function sexLabel(key: string): string {
  switch (key) {
    case 'woman':
      return t('publication.sex.woman');
    case 'man':
      return t('publication.sex.man');
    case 'non_binary':
      return t('publication.sex.nonBinary');
    default:
      return key;
  }
}

/** `<25` is "Under 25", `>54` "Over 54", `55+` "55 and over", `25-54` "25–54". */
function ageBandLabel(key: string): string {
  if (key === OTHER_AGE_CELL) return t('publication.cell.other');
  const under = /^<(\d+)$/.exec(key);
  if (under) return t('publication.age.under', { n: under[1] });
  const over = /^>(\d+)$/.exec(key);
  if (over) return t('publication.age.over', { n: over[1] });
  const andOver = /^(\d+)\+$/.exec(key);
  if (andOver) return t('publication.age.andOver', { n: andOver[1] });
  const range = /^(\d+)-(\d+)$/.exec(key);
  return range ? `${range[1]}–${range[2]}` : key;
}

function educationLabel(key: string): string {
  switch (key) {
    case 'isced0-2':
      return t('publication.education.lower');
    case 'isced3-4':
      return t('publication.education.upper');
    case 'isced5-8':
      return t('publication.education.tertiary');
    default:
      return key;
  }
}

function employmentLabel(key: string): string {
  switch (key) {
    case 'employed':
      return t('publication.employment.employed');
    case 'self_employed':
      return t('publication.employment.selfEmployed');
    case 'unemployed':
      return t('publication.employment.unemployed');
    case 'inactive':
      return t('publication.employment.inactive');
    case 'student':
      return t('publication.employment.student');
    default:
      return key;
  }
}

function formatLabel(key: string): string {
  switch (key) {
    case 'mooc':
      return t('publication.format.mooc');
    case 'instant':
      return t('publication.format.instant');
    case 'masterclass':
      return t('publication.format.masterclass');
    case 'course':
      return t('publication.format.course');
    case 'uncatalogued':
      return t('publication.format.uncatalogued');
    default:
      return key;
  }
}
