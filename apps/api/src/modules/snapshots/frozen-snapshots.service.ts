import { Injectable } from '@nestjs/common';
import type { IndicatorsView } from '../indicators/indicators.view.js';
import { SnapshotsRepository } from './snapshots.repository.js';
import { snapshotNotFound } from './snapshot-errors.js';
import { summaryOf, type SnapshotView } from './snapshot.view.js';

/**
 * `GET /api/indicators?snapshot=<id>` (spec section 9): the snapshot's answer
 * exactly as it was frozen, never recomputed.
 */
@Injectable()
export class FrozenSnapshots {
  constructor(private readonly repository: SnapshotsRepository) {}

  async view(id: string): Promise<IndicatorsView> {
    const view = await this.repository.frozenView(id);
    if (!view) throw snapshotNotFound(id);
    return view;
  }

  /** The snapshot with its frozen answer, as `GET /api/snapshots/:id` and the exports read it. */
  async snapshot(id: string): Promise<SnapshotView> {
    const [record, view] = await Promise.all([
      this.repository.find(id),
      this.repository.frozenView(id),
    ]);
    if (!record || !view) throw snapshotNotFound(id);
    return { ...summaryOf(record), view };
  }
}
