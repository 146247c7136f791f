import { Injectable } from '@nestjs/common';
import { PromiseCache } from '../../common/promise-cache.js';
import { InjectConfig } from '../../common/config.provider.js';
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
 * page twice, or by several people, costs one computation.
 */
@Injectable()
export class QualityService {
  private readonly answers = new PromiseCache<QualityView>(1);

  constructor(
    private readonly quality: QualityRepository,
    private readonly courses: CoursesRepository,
    private readonly learners: LearnersRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  async view(): Promise<QualityView> {
    const version = await this.quality.version();
    return this.answers.get(version, () => this.compute());
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
