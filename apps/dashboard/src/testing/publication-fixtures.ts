import {
  type PublicationView,
  type PublishableSnapshot,
  type SnapshotQuery,
} from '../app/core/api/publication.model';

export const SNAPSHOT_2020_ID = '0b6f2f0e-3f1c-4c5e-9a0e-2a7c1d9e4b10';
export const SNAPSHOT_2019_ID = '7d1e4c2a-8b3f-4e6d-a1c0-5f2b9e8d7c31';

export const YEAR_2020_QUERY: SnapshotQuery = {
  from: '2020-01-01',
  to: '2020-12-31',
  programme: null,
  format: null,
  course: null,
  ageScheme: 'esf2014',
  ageBands: null,
};

export function aPublishableSnapshot(
  overrides: Partial<PublishableSnapshot> = {},
): PublishableSnapshot {
  return {
    id: SNAPSHOT_2020_ID,
    query: YEAR_2020_QUERY,
    cutoff: '2024-06-15T08:00:00.000Z',
    definitionsVersion: '1',
    approvedAt: '2024-06-17T09:30:00.000Z',
    ...overrides,
  };
}

/**
 * The publication view of 2020 at k = 5: 16 users, of whom 3 men (hidden as
 * `<5`), so the 6 women are hidden too (`c`); 15 enrolments, 6 completions.
 */
export function aPublicationView(overrides: Partial<PublicationView> = {}): PublicationView {
  return {
    snapshot: {
      id: SNAPSHOT_2020_ID,
      query: YEAR_2020_QUERY,
      cutoff: '2024-06-15T08:00:00.000Z',
      definitionsVersion: '1',
      timeZone: 'Europe/Madrid',
      approval: { at: '2024-06-17T09:30:00.000Z' },
      supersededBy: null,
    },
    k: 5,
    language: 'en',
    rule: 'Statistical disclosure control: in breakdowns, counts of 1 to 4 are shown as "<5" and zeros as 0.',
    restrictedPersonsLeftOut: false,
    totals: { users: 16, enrolments: 15, completions: 6, completers: 6 },
    percentages: { completionRate: { kind: 'shown', value: 40 } },
    breakdowns: {
      users: {
        sex: { woman: 'c', man: '<5', non_binary: 0, unknown: 5 },
        ageBand: { '<25': '<5', '25-54': 10, '>54': '<5', unknown: '<5' },
      },
      enrolments: {
        sex: { woman: 'c', man: '<5', non_binary: 0, unknown: 5 },
        format: { mooc: 15, instant: 0, masterclass: 0, course: 0, uncatalogued: 0, unknown: 0 },
      },
      completions: {
        format: {
          mooc: 'c',
          instant: 0,
          masterclass: 0,
          course: 0,
          uncatalogued: '<5',
          unknown: 0,
        },
      },
    },
    ...overrides,
  };
}
