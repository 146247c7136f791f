import { describe, expect, it } from '@jest/globals';
import type { OperationView } from '../operations/operations.service.js';
import { operationsOfSnapshot } from './erdf-operations.js';

const operation = (code: string, startDate: string, endDate: string, indicators = 1) =>
  ({
    id: `00000000-0000-4000-8000-00000000000${code.length}`,
    code,
    startDate,
    endDate,
    indicators: Array.from({ length: indicators }, () => ({ code: 'E024' })),
  }) as unknown as OperationView;

/** What `work` throws, to compare its code and details. */
function errorOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const SNAPSHOT = { id: 'snap', period: { from: '2017-01-01', to: '2021-12-31' } };

describe('operationsOfSnapshot', () => {
  const demo = operation('BCN-2017', '2017-01-01', '2021-12-31');
  const later = operation('BCN-2021', '2021-01-01', '2023-12-31');
  const inside = operation('A-2018', '2018-01-01', '2019-12-31');
  const bare = operation('NO-INDICATORS', '2018-01-01', '2018-12-31', 0);

  it('takes every operation with indicators whose period lies within the snapshot’s, by code', () => {
    expect(
      operationsOfSnapshot([demo, later, inside, bare], SNAPSHOT, undefined).map((o) => o.code),
    ).toEqual(['A-2018', 'BCN-2017']);
  });

  it('takes the one named by id or code', () => {
    expect(operationsOfSnapshot([demo, inside], SNAPSHOT, 'BCN-2017')).toEqual([demo]);
    expect(operationsOfSnapshot([demo, inside], SNAPSHOT, inside.id)).toEqual([inside]);
  });

  it('refuses a named operation that is unknown or runs outside the snapshot', () => {
    expect(errorOf(() => operationsOfSnapshot([demo], SNAPSHOT, 'NOPE'))).toMatchObject({
      code: 'exports.unknown_operation',
      details: [{ field: 'query.operation', message: 'names no operation (give its id or code)' }],
    });
    expect(() => operationsOfSnapshot([later], SNAPSHOT, 'BCN-2021')).toThrow(
      'Operation BCN-2021 runs from 2021-01-01 to 2023-12-31, outside snapshot snap (2017-01-01 to 2021-12-31); take a snapshot of its period.',
    );
  });

  it('refuses a snapshot that no operation with indicators fits, naming snapshotId', () => {
    expect(errorOf(() => operationsOfSnapshot([later, bare], SNAPSHOT, undefined))).toMatchObject({
      code: 'exports.no_operation',
      status: 422,
      details: [
        {
          field: 'snapshotId',
          message: 'no operation with indicators runs within 2017-01-01 to 2021-12-31',
        },
      ],
    });
  });
});
