import { Injectable } from '@nestjs/common';
import { FiguresAtCutoff } from './figures-at-cutoff.service.js';
import { compareValues } from './snapshot-values.js';
import { SnapshotsService } from './snapshots.service.js';
import { queryOfSnapshot } from './snapshot-query.js';

export interface ValueDifference {
  value: string;
  snapshot: number | null;
  recomputed: number | null;
  difference: number | null;
}

export interface SnapshotVerificationView {
  snapshotId: string;
  cutoff: string;
  /** Every value (totals, ratios, growth, breakdown cells) recomputed equals the frozen one. */
  matches: boolean;
  statementCountMatches: boolean;
  fingerprintMatches: boolean;
  statementCount: { snapshot: number; recomputed: number };
  fingerprint: { snapshot: string; recomputed: string };
  definitionsVersion: { snapshot: string; recomputed: string };
  timeZone: { snapshot: string; recomputed: string };
  differences: ValueDifference[];
}

/**
 * Spec section 7: recomputing a snapshot later must give the same values and
 * fingerprint. Asks the engine the snapshot's question at its cut-off again
 * and reports every value that differs.
 */
@Injectable()
export class SnapshotVerificationService {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly figures: FiguresAtCutoff,
  ) {}

  async verify(id: string): Promise<SnapshotVerificationView> {
    const snapshot = await this.snapshots.get(id);
    const recomputed = await this.figures.compute(queryOfSnapshot(snapshot));
    const differences = compareValues(snapshot.view, recomputed)
      .filter((comparison) => !comparison.equal)
      .map(({ value, a, b, difference }) => ({
        value,
        snapshot: a,
        recomputed: b,
        difference,
      }));
    const now = recomputed.provenance;
    return {
      snapshotId: snapshot.id,
      cutoff: snapshot.cutoff,
      matches: differences.length === 0,
      statementCountMatches: now.statementCount === snapshot.statementCount,
      fingerprintMatches: now.fingerprint === snapshot.fingerprint,
      statementCount: { snapshot: snapshot.statementCount, recomputed: now.statementCount },
      fingerprint: { snapshot: snapshot.fingerprint, recomputed: now.fingerprint },
      definitionsVersion: {
        snapshot: snapshot.definitionsVersion,
        recomputed: now.definitionsVersion,
      },
      timeZone: { snapshot: snapshot.timeZone, recomputed: now.timeZone },
      differences,
    };
  }
}
