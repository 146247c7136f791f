import { formatCount } from '../../../shared/format/locale-format';
import { formatGrowth, formatRate } from '../../../shared/format/figure-format';
import {
  cellLabel,
  formatDifference,
  formatValue,
  isCountedValue,
  valueLabel,
} from './snapshot-values';

describe('snapshot values', () => {
  it('names totals, growth and breakdown cells as people read them', () => {
    expect(valueLabel('completers')).toBe('Completers');
    expect(valueLabel('growth.users')).toBe('Change of Users on a year before');
    expect(valueLabel('breakdowns.users.sex.non_binary')).toBe('Users · Sex · Non-binary');
    expect(valueLabel('breakdowns.enrolments.format.mooc')).toBe(
      'Enrolments · Course format · MOOC',
    );
    // A residence may hold dots: the rest of the path is the cell.
    expect(valueLabel('breakdowns.users.residence.Barcelona.Gràcia')).toBe(
      'Users · Residence · Barcelona.Gràcia',
    );
    expect(valueLabel('somethingNew.x')).toBe('somethingNew.x');
  });

  it('reads age bands and leaves unforeseen cells as written', () => {
    expect(cellLabel('ageBand', '<25')).toBe('Under 25');
    expect(cellLabel('ageBand', '>54')).toBe('Over 54');
    expect(cellLabel('ageBand', '75+')).toBe('75 and over');
    expect(cellLabel('ageBand', '25-40')).toBe('25–40');
    expect(cellLabel('ageBand', 'other')).toBe('Outside the bands');
    expect(cellLabel('employment', 'retired')).toBe('retired');
    expect(cellLabel('residence', 'unknown')).toBe('Unknown');
  });

  it('formats each value by its kind, and a missing one as none', () => {
    expect(formatValue('users', 23_364)).toBe(formatCount(23_364));
    expect(formatValue('completionRate', 0.4897)).toBe(formatRate(0.4897));
    expect(formatValue('growth.users', 0.852)).toBe(formatGrowth(0.852));
    expect(formatValue('coursesPerPerson', 1.256)).toBe('1.26');
    expect(formatValue('completionRate', null)).toBe('none');
  });

  it('gives differences a sign, and percentages in points', () => {
    expect(formatDifference('users', 5)).toBe('+5');
    expect(formatDifference('users', -3)).toBe('-3');
    expect(formatDifference('users', 0)).toBe('0');
    expect(formatDifference('completionRate', 0.32 - 0.3)).toBe('+2.0 points');
    expect(formatDifference('breakdowns.users.residence.Gràcia', null)).toBe('none');
  });

  it('offers evidence for counts only, never for ratios or growth', () => {
    expect(isCountedValue('users')).toBe(true);
    expect(isCountedValue('breakdowns.completions.sex.woman')).toBe(true);
    expect(isCountedValue('completionRate')).toBe(false);
    expect(isCountedValue('growth.users')).toBe(false);
  });
});
