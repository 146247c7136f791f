import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { IndicatorsRefreshService } from '../indicators/indicators-refresh.service.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import type { IndicatorsView } from '../indicators/indicators.view.js';
import type { QueryAtCutoff } from './snapshot-query.js';

export type FiguresStage =
  { stage: 'refreshing'; processed: number } | { stage: 'computing'; processed: number };

/** Refresh rounds before giving up: each one drains what the inbox held when it started. */
const MAX_ROUNDS = 20;
const ROUND_PAUSE_MS = 250;

/**
 * The indicator engine's answer at an explicit cut-off, once the facts hold
 * every statement stored up to it. A statement stored just before the cut-off
 * may still be in flight when a refresh ends, so the engine is asked again
 * (after another refresh) for as long as it says the facts are short of it.
 */
@Injectable()
export class FiguresAtCutoff {
  constructor(
    private readonly refresh: IndicatorsRefreshService,
    private readonly indicators: IndicatorsService,
  ) {}

  async compute(
    query: QueryAtCutoff,
    onStage: (stage: FiguresStage) => Promise<unknown> = () => Promise.resolve(),
  ): Promise<IndicatorsView> {
    let processed = 0;
    for (let round = 1; ; round += 1) {
      await onStage({ stage: 'refreshing', processed });
      const report = await this.refresh.refresh((count) =>
        onStage({ stage: 'refreshing', processed: processed + count }),
      );
      processed += report.processed;
      await onStage({ stage: 'computing', processed });
      try {
        return await this.indicators.indicators(query);
      } catch (error) {
        const notReady = error instanceof AppError && error.code === 'indicators.cutoff_not_ready';
        if (!notReady || round >= MAX_ROUNDS) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, ROUND_PAUSE_MS));
    }
  }
}
