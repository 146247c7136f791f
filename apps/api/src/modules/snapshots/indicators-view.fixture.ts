import type { IndicatorsView } from '../indicators/indicators.view.js';

const DEMOGRAPHIC = {
  sex: { woman: 2, man: 1, non_binary: 0, unknown: 0 },
  ageBand: { '<25': 0, '25-54': 3, '>54': 0, unknown: 0 },
  education: { 'isced0-2': 0, 'isced3-4': 0, 'isced5-8': 0, unknown: 3 },
  employment: {
    employed: 0,
    self_employed: 0,
    unemployed: 0,
    inactive: 0,
    student: 0,
    unknown: 3,
  },
  residence: { 'Barcelona · Sant Martí': 2, 'St. Cugat': 1, unknown: 0 },
};
const FORMAT = { mooc: 3, instant: 0, masterclass: 0, course: 0, uncatalogued: 0, unknown: 0 };

/** A small, consistent answer of the indicator engine for the unit specs of this folder. */
export function indicatorsViewFixture(): IndicatorsView {
  return {
    period: { from: '2020-01-01', to: '2020-12-31' },
    filters: {},
    users: 3,
    enrolments: 3,
    completions: 3,
    completers: 3,
    completionRate: 1,
    coursesPerPerson: 1,
    coursesPerCompleter: 1,
    previousPeriod: { from: '2019-01-01', to: '2019-12-31' },
    growth: {
      users: null,
      enrolments: null,
      completions: null,
      completers: null,
      completionRate: null,
      coursesPerPerson: null,
      coursesPerCompleter: null,
    },
    breakdowns: {
      users: structuredClone(DEMOGRAPHIC),
      enrolments: { ...structuredClone(DEMOGRAPHIC), format: { ...FORMAT } },
      completions: { ...structuredClone(DEMOGRAPHIC), format: { ...FORMAT } },
    },
    ageScheme: 'esf2014',
    provenance: {
      cutoff: '2021-01-05T00:00:00.000Z',
      definitionsVersion: '1',
      timeZone: 'Europe/Madrid',
      statementCount: 9,
      fingerprint: 'f'.repeat(64),
    },
  };
}
