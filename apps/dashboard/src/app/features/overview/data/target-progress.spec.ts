import {
  aFundingIndicator,
  aFundingIndicators,
  aFundingYear,
  anE024WithTarget,
} from '../../../../testing/overview-fixtures';
import {
  anIndicatorDefinition,
  anOperationIndicator,
  anOperationSummary,
} from '../../../../testing/api-fixtures';
import { barFill, operationProgressOf, targetProgressOf } from './target-progress';

describe('progress towards a target', () => {
  it('measures the latest year that has a value, and the milestone on its own year', () => {
    const e024 = anE024WithTarget([
      aFundingYear(2018, 1_000, { percentOfTarget: 12.5, percentOfMilestone: 25 }),
      aFundingYear(2019, 5_000, { percentOfTarget: 62.5, percentOfMilestone: 125 }),
      aFundingYear(2020, null),
    ]);

    expect(targetProgressOf(e024)).toEqual({
      code: 'E024',
      names: e024.names,
      unit: 'users',
      target: { value: '8000.00', year: 2020 },
      latest: { year: 2019, value: 5_000, percentOfTarget: 62.5 },
      milestone: { year: 2019, value: '4000.00', percent: 125 },
    });
  });

  it('has no latest value before any, and no milestone percentage when its year has no value', () => {
    const e024 = anE024WithTarget([aFundingYear(2019, null), aFundingYear(2020, null)]);

    expect(targetProgressOf(e024)).toMatchObject({
      latest: null,
      milestone: { year: 2019, value: '4000.00', percent: null },
    });
  });

  it('leaves out an indicator without a target', () => {
    const rco14 = aFundingIndicator(anOperationIndicator(anIndicatorDefinition()), [
      aFundingYear(2020, 3),
    ]);
    const operation = anOperationSummary();

    expect(targetProgressOf(rco14)).toBeNull();
    expect(
      operationProgressOf(
        operation,
        aFundingIndicators(operation.id, [rco14, anE024WithTarget([aFundingYear(2020, 10)])]),
      ).indicators.map((indicator) => indicator.code),
    ).toEqual(['E024']);
  });

  it('fills a bar from 0 to 100, whatever was achieved beyond the target', () => {
    expect(barFill(null)).toBe(0);
    expect(barFill(62.5)).toBe(62.5);
    expect(barFill(150)).toBe(100);
  });
});
