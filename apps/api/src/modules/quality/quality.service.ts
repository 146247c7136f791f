import { Injectable } from '@nestjs/common';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import { LIVE_ANSWER_REUSE, ReusableAnswers } from '../../common/reusable-answers.js';
import type { Config } from '../../config/config.js';
import { CoursesRepository } from '../courses/courses.repository.js';
import { LearnersRepository } from '../learners/learners.repository.js';
import { QualityRepository } from './quality.repository.js';
import type { QualityView, ReceivedStatements } from './quality.view.js';

/** As many as the imports page lists: a to-do list, not an inventory. */
export const UNCATALOGUED_LISTED = 100;
/** The latest rejections shown; the counts per reason cover every one. */
export const LATEST_REJECTIONS_LISTED = 20;

/**
 * The data quality view (issue 7). Its parts read whole tables' indexes, so
 * an answer is kept while nothing it depends on has changed: reading the
 * page twice, or by several people, costs one computation. While statements
 * stream in, an expensive answer is reused for a while for readers that
 * accept it (LIVE_ANSWER_REUSE).
 */
@Injectable()
export class QualityService {
  private readonly answers: ReusableAnswers<QualityView>;

  constructor(
    private readonly quality: QualityRepository,
    private readonly courses: CoursesRepository,
    private readonly learners: LearnersRepository,
    @InjectConfig() private readonly config: Config,
    @InjectClock() clock: Clock,
  ) {
    this.answers = new ReusableAnswers(1, LIVE_ANSWER_REUSE, () => clock.now().getTime());
  }

  async view(maxStaleMs = 0): Promise<QualityView> {
    const { registers, statements } = await this.quality.version();
    // A registry or catalogue change (a course just classified) is part of
    // the question, never answered from before it; new statements may be.
    const computed = await this.answers.get(
      `quality:${registers}`,
      statements,
      () => this.compute(),
      maxStaleMs,
    );
    return computed.value;
  }

  private async compute(): Promise<QualityView> {
    const [months, skipped, reasons, latest, registry, missing, unregistered, uncatalogued] =
      await Promise.all([
        this.quality.receivedByMonth(this.config.timeZone),
        this.quality.skippedStatements(),
        this.quality.rejectionReasons(),
        this.quality.latestRejections(LATEST_REJECTIONS_LISTED),
        this.learners.summary(),
        this.quality.missingDemographics(),
        this.quality.unregisteredActors(),
        this.courses.uncatalogued(UNCATALOGUED_LISTED),
      ]);
    const statements: ReceivedStatements = {
      received: months.reduce((sum, month) => sum + month.received, 0),
      byMonth: months,
      voided: skipped.voided,
      groupActorsSkipped: skipped.groupActors,
    };
    return {
      statements,
      rejections: {
        total: reasons.reduce((sum, reason) => sum + reason.rejections, 0),
        byReason: reasons.map((reason) => ({
          ...reason,
          lastRejectedAt: reason.lastRejectedAt.toISOString(),
        })),
        latest: latest.map((rejection) => ({
          ...rejection,
          rejectedAt: rejection.rejectedAt.toISOString(),
        })),
      },
      persons: {
        registered: registry.persons,
        registeredWithoutAny: registry.withoutDemographics,
        missing,
        unregisteredActors: unregistered,
      },
      uncatalogued: { activities: uncatalogued, limit: UNCATALOGUED_LISTED },
    };
  }
}
