import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { InjectClock, type Clock } from '../../common/clock.js';
import type { SnapshotCreatePayload } from '../../jobs/job-registry.js';
import { FiguresAtCutoff, type FiguresStage } from './figures-at-cutoff.service.js';
import { queryAtCutoff } from './snapshot-query.js';
import { SnapshotsRepository } from './snapshots.repository.js';

export type CreationProgress = FiguresStage | { stage: 'storing' } | { stage: 'done' };

export interface CreationHooks {
  /** Keeps the cut-off chosen by the first attempt, so a retry freezes the same instant. */
  pinCutoff(cutoff: string): Promise<unknown>;
  onProgress(progress: CreationProgress): Promise<unknown>;
}

/**
 * The `snapshot-create` job: catch the facts up to the cut-off, compute every
 * figure at it, store the answer. Running it again stores nothing new.
 */
@Injectable()
export class SnapshotCreationService {
  private readonly logger = new Logger(SnapshotCreationService.name);

  constructor(
    private readonly figures: FiguresAtCutoff,
    private readonly repository: SnapshotsRepository,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async create(
    payload: SnapshotCreatePayload,
    hooks: CreationHooks,
  ): Promise<{ snapshotId: string }> {
    const { snapshotId } = payload;
    if (await this.repository.find(snapshotId)) return { snapshotId };
    let cutoff = payload.cutoff;
    if (cutoff === undefined) {
      cutoff = this.clock.now().toISOString();
      await hooks.pinCutoff(cutoff);
    }
    const query = queryAtCutoff(payload.query, new Date(cutoff));
    const view = await this.figures.compute(query, (stage) => hooks.onProgress(stage));
    await hooks.onProgress({ stage: 'storing' });
    const outcome = await this.repository.insert({
      id: snapshotId,
      periodFrom: query.period.from,
      periodTo: query.period.to,
      programme: query.filters.programme ?? null,
      format: query.filters.format ?? null,
      course: query.filters.course ?? null,
      ageScheme: payload.query.ageScheme,
      ageBands: payload.query.ageBands ?? null,
      cutoff: query.cutoff,
      definitionsVersion: view.provenance.definitionsVersion,
      timeZone: view.provenance.timeZone,
      statementCount: view.provenance.statementCount,
      fingerprint: view.provenance.fingerprint,
      frozenView: view,
      createdById: payload.createdBy.id,
      createdByEmail: payload.createdBy.email,
      createdAt: this.clock.now(),
      supersedes: payload.supersedes?.id ?? null,
      supersedeReason: payload.supersedes?.reason ?? null,
    });
    if (outcome === 'already_superseded') {
      throw new UnrecoverableError(
        `Snapshot ${payload.supersedes?.id} was superseded by another snapshot meanwhile; supersede that one instead.`,
      );
    }
    if (outcome === 'superseded_missing') {
      throw new UnrecoverableError(
        `Snapshot ${payload.supersedes?.id}, which this one supersedes, does not exist.`,
      );
    }
    await hooks.onProgress({ stage: 'done' });
    this.logger.log(
      `snapshot ${snapshotId} stored: ${query.period.from}..${query.period.to} at ${cutoff}`,
    );
    return { snapshotId };
  }
}
