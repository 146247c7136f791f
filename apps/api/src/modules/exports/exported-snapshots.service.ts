import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { definitionsFor } from '../indicators/definitions-for.js';
import type { EvidenceScope } from '../snapshots/evidence.repository.js';
import { snapshotNotFound } from '../snapshots/snapshot-errors.js';
import { queryAtCutoff, type QueryAtCutoff } from '../snapshots/snapshot-query.js';
import { summaryOf, type SnapshotView } from '../snapshots/snapshot.view.js';
import { SnapshotsRepository } from '../snapshots/snapshots.repository.js';

/**
 * The snapshot an ERDF or publication export is made from, read as
 * `GET /api/snapshots/:id` gives it (the frozen answer, never recomputed),
 * with the question it answered at its cut-off.
 */
@Injectable()
export class ExportedSnapshots {
  constructor(
    private readonly repository: SnapshotsRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  async get(id: string | undefined): Promise<SnapshotView> {
    // The export's request was checked when it was asked for; a stored one without it is a bug.
    if (id === undefined) throw new Error('A snapshot export was stored without its snapshotId.');
    const [record, view] = await Promise.all([
      this.repository.find(id),
      this.repository.frozenView(id),
    ]);
    if (!record || !view) throw snapshotNotFound(id);
    return { ...summaryOf(record), view };
  }

  /** The snapshot's question with its cut-off, as verification and evidence ask it again. */
  queryOf(snapshot: SnapshotView): QueryAtCutoff {
    const { query } = snapshot;
    return queryAtCutoff(
      {
        from: query.from,
        to: query.to,
        ...(query.programme !== null ? { programme: query.programme } : {}),
        ...(query.format !== null ? { format: query.format } : {}),
        ...(query.course !== null ? { course: query.course } : {}),
        ageScheme: query.ageScheme,
        ...(query.ageBands !== null ? { ageBands: query.ageBands } : {}),
      },
      new Date(snapshot.cutoff),
    );
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
    const query = this.queryOf(snapshot);
    return {
      period: query.period,
      filters: query.filters,
      cutoff: query.cutoff,
      timeZone: snapshot.timeZone,
      voidingVerb: definitions.voidingVerb,
    };
  }
}
