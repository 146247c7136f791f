import type { Period } from '@fita/metrics';
import { AppError } from '../../common/app-error.js';
import type { OperationView } from '../operations/operations.service.js';

/**
 * The operations an ERDF workbook reports from a snapshot (issue 8). The one
 * the request names (`query.operation`, its id or code), else every operation
 * the snapshot can fill: one reporting at least one indicator whose whole
 * period lies within the snapshot's, so every year it reports is inside what
 * the snapshot froze. Several are reported side by side, one block of rows
 * (or one column) per operation, which keeps every table rectangular for CSV
 * and filters; naming one gives a workbook of that operation alone.
 */
export function operationsOfSnapshot(
  operations: readonly OperationView[],
  snapshot: { id: string; period: Period },
  named: string | undefined,
): OperationView[] {
  const within = (operation: OperationView) =>
    operation.startDate >= snapshot.period.from && operation.endDate <= snapshot.period.to;
  const span = `${snapshot.period.from} to ${snapshot.period.to}`;
  if (named !== undefined) {
    const operation = operations.find((candidate) => namesOperation(candidate, named));
    if (operation === undefined) {
      throw unprocessable('exports.unknown_operation', `There is no operation "${named}".`, {
        field: 'query.operation',
        message: 'names no operation (give its id or code)',
      });
    }
    if (!within(operation)) {
      throw unprocessable(
        'exports.operation_outside_snapshot',
        `Operation ${operation.code} runs from ${operation.startDate} to ${operation.endDate}, outside snapshot ${snapshot.id} (${span}); take a snapshot of its period.`,
        { field: 'query.operation', message: `runs outside the snapshot's period (${span})` },
      );
    }
    return [operation];
  }
  const filled = operations.filter(
    (operation) => within(operation) && operation.indicators.length > 0,
  );
  if (filled.length === 0) {
    throw unprocessable(
      'exports.no_operation',
      `No operation with indicators runs within snapshot ${snapshot.id} (${span}); take a snapshot of an operation's period, or link its indicators.`,
      { field: 'snapshotId', message: `no operation with indicators runs within ${span}` },
    );
  }
  return [...filled].sort((a, b) => a.code.localeCompare(b.code, 'en'));
}

/** Whether `named` (an ERDF request's `query.operation`) is this operation's id or code. */
export function namesOperation(operation: { id: string; code: string }, named: string): boolean {
  return operation.id === named || operation.code === named;
}

// 422: asking again will not change which operations exist; the build gives up at once.
function unprocessable(code: string, message: string, detail: { field: string; message: string }) {
  return new AppError(code, message, 422, [detail]);
}
