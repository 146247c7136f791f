import { describe, expect, it } from '@jest/globals';
import { DEFAULT_AGE_SCHEME, standardAgeBanding } from '@fita/metrics';
import type { IndicatorsView, SeriesView } from '../indicators/indicators.view.js';
import { indicatorsViewFixture } from '../snapshots/indicators-view.fixture.js';
import { cellOf, type ExportTable } from './export-table.js';
import { filtersTable, managerTables, type ManagerFigures } from './manager-tables.js';

function figures(): ManagerFigures {
  const indicators: IndicatorsView = {
    ...indicatorsViewFixture(),
    growth: { ...indicatorsViewFixture().growth, users: 0.5 },
  };
  const previous: IndicatorsView = {
    ...indicatorsViewFixture(),
    users: 2,
    breakdowns: {
      ...indicatorsViewFixture().breakdowns,
      users: {
        ...indicatorsViewFixture().breakdowns.users,
        sex: { woman: 1, man: 1, non_binary: 0, unknown: 0 },
      },
    },
  };
  const series = (interval: 'year' | 'month'): SeriesView => ({
    interval,
    period: indicators.period,
    filters: {},
    points: [
      {
        period: interval === 'year' ? '2020' : '2020-01',
        from: '2020-01-01',
        to: interval === 'year' ? '2020-12-31' : '2020-01-31',
        users: 3,
        enrolments: 3,
        completions: 3,
        completers: 3,
        completionRate: 1,
        coursesPerPerson: 1,
        coursesPerCompleter: 1,
      },
    ],
    provenance: indicators.provenance,
  });
  return {
    query: {
      period: indicators.period,
      banding: standardAgeBanding(DEFAULT_AGE_SCHEME),
      filters: { course: 'https://lms.example.org/courses/ai' },
    },
    indicators,
    previous,
    years: series('year'),
    months: series('month'),
    courses: {
      period: indicators.period,
      filters: {},
      courses: [
        {
          courseId: 'https://lms.example.org/courses/ai',
          title: 'AI, first steps',
          format: 'uncatalogued',
          programme: null,
          users: 3,
          enrolments: 3,
          completions: 3,
          completionRate: 1,
        },
      ],
      provenance: indicators.provenance,
    },
  };
}

/** Rows as [kind, value] per cell, the header first. */
async function read(table: ExportTable): Promise<unknown[][]> {
  const rows: unknown[][] = [table.columns.map((column) => column.header)];
  for await (const row of table.rows) {
    rows.push(
      table.columns.map((column, i) => {
        const cell = cellOf(row[i] ?? null, column);
        return [cell.kind, cell.value];
      }),
    );
  }
  return rows;
}

describe('managerTables', () => {
  it('gives each figure with the year before and the API’s own growth, and the share of women', async () => {
    const overview = await read(managerTables(figures(), 'en').overview);
    expect(overview[0]).toEqual(['Figure', 'Value', 'Previous year', 'Change on previous year']);
    expect(overview[1]).toEqual([
      ['text', 'Users'],
      ['count', 3],
      ['count', 2],
      ['growth', 0.5],
    ]);
    expect(overview.find((row) => (row[0] as unknown[])[1] === 'Completion rate')?.[1]).toEqual([
      'share',
      1,
    ]);
    // 2 of 3 now, 1 of 2 the year before: (2/3 − 1/2) / (1/2).
    expect(overview.at(-1)).toEqual([
      ['text', 'Share of women among users'],
      ['share', 2 / 3],
      ['share', 0.5],
      ['growth', (2 / 3 - 0.5) / 0.5],
    ]);
  });

  it('lists every breakdown cell with its share, unknown in words', async () => {
    const rows = await read(managerTables(figures(), 'es').breakdowns);
    expect(rows[0]).toEqual(['Cifra', 'Desglose', 'Categoría', 'Número', 'Porcentaje']);
    const values = rows.slice(1).map((row) => row.map((cell) => (cell as unknown[])[1]));
    expect(values[0]).toEqual(['Usuarios', 'Sexo', 'Mujeres', 2, 2 / 3]);
    expect(values).toContainEqual(['Usuarios', 'Sexo', 'Desconocido', 0, 0]);
    expect(values).toContainEqual(['Inscripciones', 'Formato del curso', 'MOOC', 3, 1]);
    // Users have 5 breakdowns (21 cells); enrolments and completions 6 (27 cells) each.
    expect(values).toHaveLength(21 + 27 + 27);
  });

  it('dates trends from their first to their last day', async () => {
    const rows = await read(managerTables(figures(), 'ca')['trends-month']);
    expect(rows[0]?.slice(0, 3)).toEqual(['Mes', 'Des de', 'Fins a']);
    expect(rows[1]?.slice(0, 3)).toEqual([
      ['text', '2020-01'],
      ['date', '2020-01-01'],
      ['date', '2020-01-31'],
    ]);
  });

  it('states the question in words, a course by its title', async () => {
    const rows = await read(
      filtersTable(
        figures(),
        { email: 'ana@x.org', requestedAt: new Date('2024-01-02T03:04:05Z') },
        'en',
      ),
    );
    const byItem = Object.fromEntries(
      rows.slice(1).map((row) => [(row[0] as unknown[])[1], row[1]]),
    );
    expect(byItem['Period from']).toEqual(['date', '2020-01-01']);
    expect(byItem['Programme']).toEqual(['text', 'All programmes']);
    expect(byItem['Course']).toEqual(['text', 'AI, first steps']);
    expect(byItem['Age bands']).toEqual(['text', '<25, 25-54, >54']);
    expect(byItem['Data as of']).toEqual(['dateTime', new Date('2021-01-05T00:00:00.000Z')]);
    expect(byItem['Counting statements']).toEqual(['count', 9]);
    expect(byItem['Requested by']).toEqual(['text', 'ana@x.org']);
  });
});
