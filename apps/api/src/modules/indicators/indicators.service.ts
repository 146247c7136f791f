import { Injectable, Logger } from '@nestjs/common';
import { growth, ratio, seriesBuckets, shiftBackOneYear, type SeriesInterval } from '@fita/metrics';
import { badRequest, conflict } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { demographicBreakdowns, flowBreakdowns } from './breakdowns.js';
import { definitionsFor } from './definitions-for.js';
import type { FactScope } from './fact-scope-sql.js';
import type { IndicatorQuery } from './indicator-query.js';
import { PromiseCache } from '../../common/promise-cache.js';
import { LIVE_ANSWER_REUSE, ReusableAnswers } from '../../common/reusable-answers.js';
import { SlowReadWatch, type SlowReadContext } from '../../common/slow-read.js';
import {
  IndicatorsRepository,
  type FactSnapshot,
  type FactState,
  type Provenance,
  type Totals,
} from './indicators.repository.js';
import type {
  CourseTableView,
  Figures,
  FreshnessView,
  IndicatorsView,
  ProvenanceView,
  SeriesView,
} from './indicators.view.js';

/**
 * Questions and provenances kept per process. An answer changes only when
 * the facts, the registry or the catalogue do, and dashboards ask the same
 * few questions over and over; provenance reads the statements themselves.
 */
const ANSWER_CACHE_SIZE = 256;
const PROVENANCE_CACHE_SIZE = 64;

type Answer = IndicatorsView | SeriesView | CourseTableView;

/**
 * Answers indicator questions from the fact tables. Every answer states what
 * it covers: its cut-off, definitions, and the count and fingerprint of the
 * statements seen.
 */
@Injectable()
export class IndicatorsService {
  /** Each answer with the facts it was computed from, which its provenance describes. */
  private readonly answers: ReusableAnswers<{ answer: Answer; facts: FactState }>;
  /**
   * Count and fingerprint change only when the facts consume statements, so
   * they are computed once per watermark, filters and cut-off, not per request.
   */
  private readonly counted = new PromiseCache<Provenance>(PROVENANCE_CACHE_SIZE);
  private readonly logger = new Logger(IndicatorsService.name);

  constructor(
    private readonly repository: IndicatorsRepository,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {
    this.answers = new ReusableAnswers(ANSWER_CACHE_SIZE, LIVE_ANSWER_REUSE, () =>
      clock.now().getTime(),
    );
  }

  /**
   * Each answer is from the facts as they are, unless `maxStaleMs` accepts
   * an expensive one computed up to that long ago (LIVE_ANSWER_REUSE).
   */
  indicators(query: IndicatorQuery, maxStaleMs = 0): Promise<IndicatorsView> {
    return this.answer(
      'indicators',
      query,
      (facts, scope, state) => this.computeIndicators(query, facts, scope, state),
      maxStaleMs,
    );
  }

  /** Every figure for each month or year of the period (clipped to it). */
  series(query: IndicatorQuery, interval: SeriesInterval, maxStaleMs = 0): Promise<SeriesView> {
    return this.answer(
      `series:${interval}`,
      query,
      (facts, scope, state) => this.computeSeries(query, interval, facts, scope, state),
      maxStaleMs,
    );
  }

  /** The figures of each course with activity or a first ever in the period. */
  courses(query: IndicatorQuery, maxStaleMs = 0): Promise<CourseTableView> {
    return this.answer(
      'courses',
      query,
      (facts, scope, state) => this.computeCourses(query, facts, scope, state),
      maxStaleMs,
    );
  }

  private async computeIndicators(
    query: IndicatorQuery,
    facts: FactSnapshot,
    scope: FactScope,
    state: FactState,
  ): Promise<IndicatorsView> {
    const previousPeriod = shiftBackOneYear(query.period);
    const [totals, previous, userGroups, flowGroups, provenance] = await Promise.all([
      facts.totals(scope, query.period),
      facts.totals(scope, previousPeriod),
      facts.usersByDemographics(scope, query.period),
      facts.flowsByDemographics(scope, query.period),
      this.provenance(facts, scope, state),
    ]);
    const figures = figuresOf(totals);
    const before = figuresOf(previous);
    return {
      period: query.period,
      filters: query.filters,
      ...figures,
      previousPeriod,
      growth: growthOf(figures, before),
      breakdowns: {
        users: demographicBreakdowns(userGroups, totals.users, query.banding, 'users'),
        enrolments: flowBreakdowns(
          flowGroups.filter((group) => group.role === 'enrolment'),
          totals.enrolments,
          query.banding,
          'enrolments',
        ),
        completions: flowBreakdowns(
          flowGroups.filter((group) => group.role === 'completion'),
          totals.completions,
          query.banding,
          'completions',
        ),
      },
      ageScheme: query.banding.scheme,
      provenance,
    };
  }

  private async computeSeries(
    query: IndicatorQuery,
    interval: SeriesInterval,
    facts: FactSnapshot,
    scope: FactScope,
    state: FactState,
  ): Promise<SeriesView> {
    const [rows, provenance] = await Promise.all([
      facts.totalsByInterval(scope, query.period, interval),
      this.provenance(facts, scope, state),
    ]);
    const byStart = new Map(
      rows.map((row) => [row.bucket.slice(0, interval === 'year' ? 4 : 7), row]),
    );
    const points = seriesBuckets(query.period, interval).map((bucket) => {
      const totals = byStart.get(bucket.label) ?? EMPTY_TOTALS;
      return { period: bucket.label, from: bucket.from, to: bucket.to, ...figuresOf(totals) };
    });
    return { interval, period: query.period, filters: query.filters, points, provenance };
  }

  private async computeCourses(
    query: IndicatorQuery,
    facts: FactSnapshot,
    scope: FactScope,
    state: FactState,
  ): Promise<CourseTableView> {
    const [rows, provenance] = await Promise.all([
      facts.totalsByCourse(scope, query.period),
      this.provenance(facts, scope, state),
    ]);
    return {
      period: query.period,
      filters: query.filters,
      courses: rows.map((row) => ({
        ...row,
        format: row.format ?? 'uncatalogued',
        completionRate: ratio(row.completions, row.enrolments),
      })),
      provenance,
    };
  }

  /** Whether a restriction request is active, so that live answers leave someone out (ADR 0013). */
  async restricting(): Promise<boolean> {
    return (await this.repository.state()).restricting;
  }

  async freshness(): Promise<FreshnessView> {
    const state = await this.repository.state();
    return {
      statementsStored: state.statementsProcessed + state.pending,
      statementsProcessed: state.statementsProcessed,
      asOf: (await this.asOf(state))?.toISOString() ?? null,
    };
  }

  /**
   * One answer, from the cache when the facts, registry and catalogue are
   * as they were. Only the cut-off of an answer without one is fresh per
   * request: the figures hold up to now while nothing has arrived since.
   */
  private async answer<T extends Answer>(
    kind: string,
    query: IndicatorQuery,
    compute: (facts: FactSnapshot, scope: FactScope, state: FactState) => Promise<T>,
    maxStaleMs: number,
  ): Promise<T> {
    const read = new SlowReadWatch(
      kind,
      (line) => this.logger.warn(line),
      (question) => this.readContext(question),
    );
    try {
      const [queried, state] = await Promise.all([this.scopeOf(query), this.repository.state()]);
      read.lap('state');
      // Restrictions are part of `versions`: recording or lifting one changes the key.
      const scope: FactScope = {
        ...queried,
        excludeRestricted: query.purpose !== 'funding' && state.restricting,
      };
      // The registry, catalogue and restrictions are part of the question: a
      // change to them is never answered from before it; new statements may be.
      const question = JSON.stringify([
        kind,
        state.versions,
        query.period,
        query.banding,
        query.filters,
        query.cutoff?.toISOString(),
        scope.excludeRestricted,
      ]);
      const facts = `${state.statementsProcessed}:${state.lastSeq}:${state.factsUpdatedAt}`;
      read.asking(question);
      const computed = await this.answers.get(
        question,
        facts,
        // Every read of the answer, its provenance included, from one snapshot,
        // whose own state says what the answer counts.
        () =>
          this.repository.inSnapshot(async (snapshot) => {
            const seen = await snapshot.state();
            return { answer: await compute(snapshot, scope, seen), facts: seen };
          }),
        maxStaleMs,
      );
      read.lap('answer');
      read.answered(
        computed.state === facts ? 'answered from the facts as read' : 'answered earlier figures',
      );
      // The cache holds answers of every kind; the question's `kind` makes this one a T.
      const answer = computed.value.answer as T;
      if (query.cutoff !== undefined) return answer;
      // Up to now while nothing waits beyond the facts the answer read; else,
      // as for a reused answer, up to the newest statement those facts included.
      const asOf =
        computed.state === facts && state.pending === 0
          ? this.clock.now()
          : await this.repository.storedAt(computed.value.facts.lastSeq);
      read.lap('cut-off');
      const cutoff = asOf?.toISOString() ?? null;
      return { ...answer, provenance: { ...answer.provenance, cutoff } };
    } finally {
      read.end();
    }
  }

  /** The question's last answer and computation, and the analytic queries, for a slow read's log. */
  private readContext(question: string): SlowReadContext {
    return {
      situation: this.answers.situation(question),
      analytic: this.repository.analyticLoad(),
    };
  }

  /**
   * What a query sees. A cut-off in the future would describe statements
   * that may still arrive; one the facts have not reached yet would give
   * figures that change later: both are refused rather than answered.
   */
  private async scopeOf(query: IndicatorQuery): Promise<FactScope> {
    const definitions = definitionsFor(this.config);
    if (query.cutoff !== undefined) {
      if (query.cutoff.getTime() > this.clock.now().getTime()) {
        throw badRequest(
          'indicators.future_cutoff',
          `"cutoff" ${query.cutoff.toISOString()} is in the future; figures exist only up to now.`,
          [{ field: 'cutoff', message: 'must not be in the future' }],
        );
      }
      const pending = await this.repository.unprocessedUpTo(query.cutoff);
      if (pending > 0) {
        throw conflict(
          'indicators.cutoff_not_ready',
          `${pending} statement${pending === 1 ? '' : 's'} stored by the cut-off ${query.cutoff.toISOString()} ${pending === 1 ? 'is' : 'are'} not in the figures yet; retry in a few seconds.`,
          { pending },
        );
      }
    }
    return {
      filters: query.filters,
      cutoff: query.cutoff,
      timeZone: definitions.timeZone,
      voidingVerb: definitions.voidingVerb,
      enrolmentVerbs: definitions.verbs.enrolment,
      completionVerbs: definitions.verbs.completion,
    };
  }

  private async provenance(
    facts: FactSnapshot,
    scope: FactScope,
    state: FactState,
  ): Promise<ProvenanceView> {
    const definitions = definitionsFor(this.config);
    const key = JSON.stringify([
      // A figure at a cut-off never changes; without one it changes with the facts.
      scope.cutoff?.toISOString() ?? `${state.statementsProcessed}:${state.lastSeq}`,
      scope.filters,
      // Without restricted persons, it changes with the restrictions (and the registry) too.
      scope.excludeRestricted === true ? state.versions : null,
    ]);
    const counted = await this.counted.get(key, () => facts.provenance(scope));
    const cutoff = scope.cutoff ?? (await this.asOf(state));
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
  private async asOf(state: FactState): Promise<Date | null> {
    if (state.pending === 0) return this.clock.now();
    return this.repository.storedAt(state.lastSeq);
  }
}

const EMPTY_TOTALS: Totals = { users: 0, enrolments: 0, completions: 0, completers: 0 };

function figuresOf(totals: Totals): Figures {
  return {
    users: totals.users,
    enrolments: totals.enrolments,
    completions: totals.completions,
    completers: totals.completers,
    completionRate: ratio(totals.completions, totals.enrolments),
    coursesPerPerson: ratio(totals.completions, totals.users),
    coursesPerCompleter: ratio(totals.completions, totals.completers),
  };
}

function growthOf(current: Figures, previous: Figures): Record<keyof Figures, number | null> {
  const of = (key: keyof Figures) => {
    const now = current[key];
    const before = previous[key];
    return now === null || before === null ? null : growth(now, before);
  };
  return {
    users: of('users'),
    enrolments: of('enrolments'),
    completions: of('completions'),
    completers: of('completers'),
    completionRate: of('completionRate'),
    coursesPerPerson: of('coursesPerPerson'),
    coursesPerCompleter: of('coursesPerCompleter'),
  };
}
