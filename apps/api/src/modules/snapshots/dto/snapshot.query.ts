import { badRequest } from '../../../common/app-error.js';
import { snapshotIdFrom } from './snapshot-id.js';

/**
 * `GET /api/indicators?snapshot=<id>` (spec section 9). The snapshot fixes
 * the whole question, so any other parameter is refused rather than ignored.
 */
export function snapshotIdFromQuery(query: Record<string, unknown>): string {
  const others = Object.keys(query).filter((key) => key !== 'snapshot');
  if (others.length > 0) {
    throw badRequest(
      'indicators.unsupported_parameter',
      `With "snapshot" the snapshot fixes period, filters, age scheme and cut-off; leave out: ${others.join(', ')}.`,
      others.map((field) => ({ field, message: 'cannot be combined with snapshot' })),
    );
  }
  return snapshotIdFrom(query['snapshot'], 'snapshot');
}
