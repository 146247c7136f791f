import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { definitionsFor } from './definitions-for.js';
import { IndicatorFactsRepository, type FactDefinitions } from './indicator-facts.repository.js';

export interface RefreshReport {
  processed: number;
  steps: number;
  rebuilt: boolean;
}

/** Steps are bounded so one transaction never holds a huge backlog. */
const BATCH_SIZE = 50_000;

/**
 * Dead inbox rows a refresh tolerates before it vacuums the inbox: about
 * 4 MB of heap, a few milliseconds for each freshness check to read past.
 */
const INBOX_VACUUM_THRESHOLD = 100_000;
const SLOW_VACUUM_SECONDS = 2;

/** The `indicators-refresh` job: bring the fact tables up to every committed statement. */
@Injectable()
export class IndicatorsRefreshService implements OnModuleDestroy {
  private readonly logger = new Logger(IndicatorsRefreshService.name);
  /** The inbox vacuum under way in this process, if any. */
  private upkeep: Promise<void> | null = null;
  /** Set on shutdown: a refresh that ends after it starts no vacuum the closing pool would cut off. */
  private closing = false;

  constructor(
    private readonly repository: IndicatorFactsRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  /**
   * Drains the inbox in bounded steps. It stops at the first step that finds
   * fewer statements than a full batch, so a job ends even under constant
   * ingestion; the refresh queued meanwhile takes over.
   */
  async refresh(
    onProgress: (processed: number) => Promise<unknown> = () => Promise.resolve(),
  ): Promise<RefreshReport> {
    const report = await this.drain(false, onProgress);
    if (report.processed > 0) this.startInboxUpkeep();
    return report;
  }

  /** Resolves once the inbox vacuum under way, if any, has ended (it never rejects). */
  inboxUpkeep(): Promise<void> {
    return this.upkeep ?? Promise.resolve();
  }

  /** A vacuum must not lose its connection to the data source closing under it. */
  onModuleDestroy(): Promise<void> {
    this.closing = true;
    return this.inboxUpkeep();
  }

  /**
   * The full rebuild job: clears the facts and derives them again from every
   * stored statement, in the same bounded steps as a refresh. Figures stay
   * readable meanwhile; they describe the statements consumed so far.
   */
  async rebuild(
    onProgress: (processed: number) => Promise<unknown> = () => Promise.resolve(),
  ): Promise<RefreshReport> {
    const report = await this.drain(true, onProgress);
    await this.repository.tidyAfterRebuild();
    return report;
  }

  private async drain(
    rebuild: boolean,
    onProgress: (processed: number) => Promise<unknown>,
  ): Promise<RefreshReport> {
    const definitions = this.factDefinitions();
    const report: RefreshReport = { processed: 0, steps: 0, rebuilt: false };
    for (;;) {
      const step = await this.repository.refreshStep(definitions, BATCH_SIZE, {
        rebuild: rebuild && !report.rebuilt,
      });
      report.rebuilt ||= step.rebuilt;
      if (step.processed === 0) break;
      report.processed += step.processed;
      report.steps += 1;
      await onProgress(report.processed);
      if (step.processed < BATCH_SIZE) break;
    }
    if (report.processed > 0 || report.rebuilt) {
      this.logger.log(
        `facts refreshed: ${report.processed} statements in ${report.steps} steps${report.rebuilt ? ' (rebuilt)' : ''}`,
      );
    }
    return report;
  }

  /**
   * Upkeep beside the refresh, not in it: vacuuming the inbox's index waits
   * for each page's pins to go, and the page statements are being inserted
   * into is pinned again and again (up to 18 s in a 30-minute soak, with
   * `pg_stat_progress_vacuum` waiting on BufferPin), so a refresh that waited
   * for it left the figures that much behind. One at a time per process;
   * SKIP_LOCKED leaves a vacuum of another process or autovacuum's to finish.
   */
  private startInboxUpkeep(): void {
    if (this.upkeep || this.closing) return;
    this.upkeep = this.vacuumInbox().finally(() => {
      this.upkeep = null;
    });
  }

  /** The facts are committed, so a failure here is only logged. */
  private async vacuumInbox(): Promise<void> {
    try {
      const started = performance.now();
      const vacuumed = await this.repository.vacuumInboxBeyond(INBOX_VACUUM_THRESHOLD);
      const seconds = (performance.now() - started) / 1000;
      if (vacuumed && seconds >= SLOW_VACUUM_SECONDS) {
        this.logger.warn(`vacuuming the statement inbox took ${seconds.toFixed(1)} s`);
      }
    } catch (error) {
      this.logger.warn(`could not vacuum the statement inbox: ${(error as Error).message}`);
    }
  }

  private factDefinitions(): FactDefinitions {
    const definitions = definitionsFor(this.config);
    return {
      timeZone: definitions.timeZone,
      definitionsVersion: definitions.version,
      voidingVerb: definitions.voidingVerb,
      enrolmentVerbs: definitions.verbs.enrolment,
      completionVerbs: definitions.verbs.completion,
    };
  }
}
