import type { DemoYear } from './demo-calendar.js';

/**
 * What the demo population is built to give, per local year (spec section 5).
 * Barcelona Activa published, for Cibernàrium's ERDF-co-financed online
 * training 2017-2021: 23,364 users, 175,760 enrolments (2017-2020), 60,523
 * completions, 2.60 and 3.16 courses per person in 2019 and 2020, and
 * completions up 191 % from 2019 to 2020. The yearly split below is ours;
 * it is solved so that those figures come out exactly:
 *
 * - 2019 + 2020 completions = 60,523 - (3,700 + 5,300 + 11,000) = 40,523,
 *   and 2020 / 2019 must round to 2.91: 10,364 and 30,159 (+190.998 %);
 * - users 2019 = 10,364 / 2.60 = 3,986 (2.6001); users 2020 = 30,159 / 3.16
 *   = 9,544 (3.15999);
 * - new persons per year add up to 23,364; the rest of each year's users
 *   come back from earlier years.
 */
export interface YearTargets {
  /** Persons with at least one counting statement in the year. */
  users: number;
  /** Of them, persons seen for the first time. */
  newcomers: number;
  /** Person-course pairs first enrolled in the year. */
  enrolments: number;
  /** Person-course pairs first completed in the year. */
  completions: number;
  /** Of the completions, pairs enrolled the year before (finished after New Year). */
  carriedOver: number;
}

export const YEAR_TARGETS: Readonly<Record<DemoYear, YearTargets>> = Object.freeze({
  2017: { users: 3_500, newcomers: 3_500, enrolments: 22_000, completions: 3_700, carriedOver: 0 },
  2018: { users: 3_800, newcomers: 3_100, enrolments: 27_000, completions: 5_300, carriedOver: 60 },
  2019: {
    users: 3_986,
    newcomers: 3_086,
    enrolments: 34_000,
    completions: 10_364,
    carriedOver: 90,
  },
  2020: {
    users: 9_544,
    newcomers: 8_278,
    enrolments: 92_760,
    completions: 30_159,
    carriedOver: 150,
  },
  2021: {
    users: 6_800,
    newcomers: 5_400,
    enrolments: 28_000,
    completions: 11_000,
    carriedOver: 240,
  },
});

/**
 * Who the 23,364 persons are (spec section 5 breakdowns), as exact counts so
 * that the published shares hold: women 62 % (14,486 / 23,364 = 62.00 %),
 * employed 44 % (10,280 = 44.00 %), more than half aged 25-40 at their first
 * statement, with a higher-education degree (ISCED 5-8) and living in Barcelona.
 */
export const POPULATION = Object.freeze({
  persons: 23_364,
  /** Actors the registry does not know (a guest's e-mail): every demographic unknown. */
  unregistered: 420,
  /** In the registry with an identifier only: every demographic unknown. */
  withoutDemographics: 280,
  /** Of the registered persons with demographics, how each is identified. */
  identifiers: { emailOnly: 0.72, emailAndAccount: 0.21, accountOnly: 0.07 },
  sex: { woman: 14_486, man: 7_998, non_binary: 60 },
  /** Age at the year of the first statement, by band; the rest have no birth year. */
  ageBands: [
    { min: 16, max: 24, count: 2_300 },
    { min: 25, max: 40, count: 12_400 },
    { min: 41, max: 54, count: 5_800 },
    { min: 55, max: 78, count: 2_044 },
  ],
  employment: {
    employed: 10_280,
    self_employed: 1_700,
    unemployed: 6_400,
    inactive: 1_300,
    student: 2_300,
  },
  /** ISCED 2011 levels by group: [levels, count]. */
  education: [
    { levels: [1, 2], count: 2_700 },
    { levels: [3, 4], count: 6_200 },
    { levels: [5, 6, 7, 8], count: 13_400 },
  ],
  barcelona: 16_300,
});
