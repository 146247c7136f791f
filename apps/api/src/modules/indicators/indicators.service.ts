import { Injectable } from '@nestjs/common';
import { ratio, yearPeriod, yearsIn, type AgeBanding, type Period } from '@fita/metrics';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { definitionsFor } from './definitions-for.js';
import {
  demographicBreakdowns,
  flowBreakdowns,
  type DemographicBreakdowns,
  type FlowBreakdowns,
} from './breakdowns.js';
import {
  IndicatorsRepository,
  type Provenance,
  type WatermarkState,
} from './indicators.repository.js';

export interface ProvenanceView {
  cutoff: string | null;
  definitionsVersion: string;
  timeZone: string;
  statementCount: number;
  fingerprint: string;
}

export interface IndicatorsView {
  period: Period;
  users: number;
  enrolments: number;
  completions: number;
  completers: number;
  /** completions / enrolments of the period: a ratio of flows, null when there are no enrolments. */
  completionRate: number | null;
  coursesPerPerson: number | null;
  coursesPerCompleter: number | null;
  /** Spec section 5: every breakdown has an `unknown` cell and adds up to its figure. */
  breakdowns: {
    users: DemographicBreakdowns;
    enrolments: FlowBreakdowns;
    completions: FlowBreakdowns;
  };
  /** The age scheme the `ageBand` breakdowns use. */
  ageScheme: AgeBanding['scheme'];
  provenance: ProvenanceView;
}

export interface YearPoint {
  period: string;
  from: string;
  to: string;
  users: number;
}

export interface SeriesView {
  interval: 'year';
  points: YearPoint[];
  provenance: ProvenanceView;
}

export interface FreshnessView {
  statementsStored: number;
  statementsProcessed: number;
  asOf: string | null;
}

/**
 * Answers indicator questions from the fact tables. Every answer states what
 * it covers: the statements the facts had consumed, their count and fingerprint.
 */
@Injectable()
export class IndicatorsService {
  /**
   * Count and fingerprint change only when the facts consume statements, so
   * they are computed once per watermark rather than per request.
   */
  private counted: { key: string; value: Promise<Provenance> } | undefined;

  constructor(
    private readonly repository: IndicatorsRepository,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async indicators(period: Period, banding: AgeBanding): Promise<IndicatorsView> {
    const watermark = await this.repository.watermark();
    const [users, flows, userGroups, flowGroups, provenance] = await Promise.all([
      this.repository.countUsers(period.from, period.to),
      this.repository.courseFlows(period.from, period.to),
      this.repository.usersByDemographics(period.from, period.to),
      this.repository.flowsByDemographics(period.from, period.to),
      this.provenance(watermark),
    ]);
    return {
      period,
      users,
      ...flows,
      completionRate: ratio(flows.completions, flows.enrolments),
      coursesPerPerson: ratio(flows.completions, users),
      coursesPerCompleter: ratio(flows.completions, flows.completers),
      breakdowns: {
        users: demographicBreakdowns(userGroups, users, banding, 'users'),
        enrolments: flowBreakdowns(
          flowGroups.filter((group) => group.role === 'enrolment'),
          flows.enrolments,
          banding,
          'enrolments',
        ),
        completions: flowBreakdowns(
          flowGroups.filter((group) => group.role === 'completion'),
          flows.completions,
          banding,
          'completions',
        ),
      },
      ageScheme: banding.scheme,
      provenance,
    };
  }

  async yearSeries(period: Period): Promise<SeriesView> {
    const watermark = await this.repository.watermark();
    const [byYear, provenance] = await Promise.all([
      this.repository.usersByYear(period.from, period.to),
      this.provenance(watermark),
    ]);
    const points = yearsIn(period).map((year) => {
      // The first and last years are clipped to the requested period.
      const whole = yearPeriod(year);
      const from = whole.from < period.from ? period.from : whole.from;
      const to = whole.to > period.to ? period.to : whole.to;
      return { period: String(year), from, to, users: byYear.get(year) ?? 0 };
    });
    return { interval: 'year', points, provenance };
  }

  async freshness(): Promise<FreshnessView> {
    const [statementsStored, watermark] = await Promise.all([
      this.repository.countStatements(),
      this.repository.watermark(),
    ]);
    return {
      statementsStored,
      statementsProcessed: watermark.statementsProcessed,
      asOf: (await this.asOf(watermark, statementsStored))?.toISOString() ?? null,
    };
  }

  private async provenance(watermark: WatermarkState): Promise<ProvenanceView> {
    const definitions = definitionsFor(this.config);
    const key = `${watermark.statementsProcessed}:${watermark.lastSeq}`;
    if (this.counted?.key !== key) {
      const value = this.repository.provenance(definitions.voidingVerb);
      value.catch(() => (this.counted = undefined));
      this.counted = { key, value };
    }
    const [counted, statementsStored] = await Promise.all([
      this.counted.value,
      this.repository.countStatements(),
    ]);
    const cutoff = await this.asOf(watermark, statementsStored);
    return {
      cutoff: cutoff?.toISOString() ?? null,
      definitionsVersion: definitions.version,
      timeZone: definitions.timeZone,
      ...counted,
    };
  }

  /**
   * The instant up to which the figures include every stored statement: now
   * when the facts have caught up, else the `stored` time of the newest
   * statement they include (null when they include none yet).
   */
  private async asOf(watermark: WatermarkState, statementsStored: number): Promise<Date | null> {
    if (watermark.statementsProcessed >= statementsStored) return this.clock.now();
    return this.repository.storedAt(watermark.lastSeq);
  }
}
