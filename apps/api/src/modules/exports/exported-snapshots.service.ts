import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { definitionsFor } from '../indicators/definitions-for.js';
import type { EvidenceScope } from '../snapshots/evidence.repository.js';
import { FrozenSnapshots } from '../snapshots/frozen-snapshots.service.js';
import { queryOfSnapshot } from '../snapshots/snapshot-query.js';
import type { SnapshotView } from '../snapshots/snapshot.view.js';

/**
 * The snapshot an ERDF or publication export is made from, read as
 * `GET /api/snapshots/:id` gives it (the frozen answer, never recomputed),
 * with the question it answered at its cut-off.
 */
@Injectable()
export class ExportedSnapshots {
  constructor(
    private readonly frozen: FrozenSnapshots,
    @InjectConfig() private readonly config: Config,
  ) {}

  get(id: string | undefined): Promise<SnapshotView> {
    // The export's request was checked when it was asked for; a stored one without it is a bug.
    if (id === undefined) throw new Error('A snapshot export was stored without its snapshotId.');
    return this.frozen.snapshot(id);
  }

  /**
   * What is computed again at the snapshot's cut-off (per-year values, unit
   * costs, participants by sex, evidence) is computed with this server's
   * definitions; they must be the ones the snapshot was made with.
   */
  evidenceScopeOf(snapshot: SnapshotView): EvidenceScope {
    const definitions = definitionsFor(this.config);
    if (snapshot.definitionsVersion !== definitions.version) {
      // 422, not 409: waiting will not bring the old definitions back.
      throw new AppError(
        'exports.definitions_changed',
        `Snapshot ${snapshot.id} was computed with definitions version ${snapshot.definitionsVersion}; this server has version ${definitions.version}, so it cannot compute its figures again as they were.`,
        422,
      );
    }
    const query = queryOfSnapshot(snapshot);
    return {
      period: query.period,
      filters: query.filters,
      cutoff: query.cutoff,
      timeZone: snapshot.timeZone,
      voidingVerb: definitions.voidingVerb,
    };
  }
}
