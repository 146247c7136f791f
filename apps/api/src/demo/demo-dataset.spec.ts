import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { localYear } from '@fita/metrics';
import { actorKey, type Agent } from '@fita/xapi';
import { DEMO_FILES, demoStatementLines, writeDemoFiles, type DemoManifest } from './demo-files.js';
import { generateDemo } from './demo-generator.js';

interface Line {
  id: string;
  actor: { objectType?: string };
  verb: { id: string };
  object: { objectType?: string; id: string };
  context?: { contextActivities?: { parent?: { id: string }[]; grouping?: { id: string }[] } };
  timestamp: string;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const COMPLETION = new Set([`${ADL}completed`, `${ADL}passed`, `${ADL}attended`]);

/**
 * The demo's figures counted straight from its files, by a second, naive
 * reading of spec sections 1-5 (no database, no indicator engine): the
 * files alone must already say what Barcelona Activa published.
 */
describe('the generated demo', () => {
  let dirs: string[];
  let manifest: DemoManifest;
  let lines: Line[];
  let registry: Record<string, string>[];
  let catalogue: Record<string, string>[];

  beforeAll(async () => {
    dirs = [
      await mkdtemp(path.join(os.tmpdir(), 'fita-demo-a-')),
      await mkdtemp(path.join(os.tmpdir(), 'fita-demo-b-')),
    ];
    manifest = await writeDemoFiles(dirs[0], generateDemo());
    await writeDemoFiles(dirs[1], generateDemo());
    lines = [];
    for await (const text of demoStatementLines(dirs[0])) lines.push(JSON.parse(text) as Line);
    const csv = (file: string) =>
      parse<Record<string, string>>(readFileSync(path.join(dirs[0], file)), { columns: true });
    registry = csv(DEMO_FILES.registry);
    catalogue = csv(DEMO_FILES.catalogue);
    // Two whole demos, generated on one core: about a minute on a quiet
    // machine, past two minutes on a busy CI one. This bound only stops a hang;
    // how fast the demo loads is measured by `npm run bench`.
  }, 600_000);
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('is the same, byte for byte, for the same seed', async () => {
    for (const file of Object.values(DEMO_FILES)) {
      const [a, b] = await Promise.all(dirs.map((dir) => readFile(path.join(dir, file))));
      expect(a.equals(b)).toBe(true);
    }
    expect(manifest.statements).toBe(lines.length);
  });

  it('says what was published, counted from the files alone', () => {
    const figures = countFigures(lines, registry, catalogue);
    expect(figures.users(2017, 2021)).toBe(23_364);
    expect(figures.enrolments(2017, 2020)).toBe(175_760);
    expect(figures.completions(2017, 2021)).toBe(60_523);
    expect((figures.completions(2019, 2019) / figures.users(2019, 2019)).toFixed(2)).toBe('2.60');
    expect((figures.completions(2020, 2020) / figures.users(2020, 2020)).toFixed(2)).toBe('3.16');
    const growth = figures.completions(2020, 2020) / figures.completions(2019, 2019) - 1;
    expect(Math.round(growth * 100)).toBe(191);
    const users = figures.usersOf(2017, 2021);
    const share = (
      test: (row: Record<string, string> | undefined, age: number | null) => boolean,
    ) =>
      [...users].filter(([person, firstYear]) => {
        const row = figures.demographics.get(person);
        const age = row?.birth_year ? firstYear - Number(row.birth_year) : null;
        return test(row, age);
      }).length / users.size;
    expect(Math.round(share((row) => row?.sex === 'woman') * 100)).toBe(62);
    expect(share((_, age) => age !== null && age >= 25 && age <= 40)).toBeGreaterThan(0.5);
    expect(Math.round(share((row) => row?.employment_status === 'employed') * 100)).toBe(44);
    expect(share((row) => Number(row?.isced_level ?? -1) >= 5)).toBeGreaterThan(0.5);
    expect(share((row) => row?.municipality === 'Barcelona')).toBeGreaterThan(0.5);
    const equality = catalogue.filter((course) => course.tags.split(';').includes('equality'));
    expect(equality).toHaveLength(8);
    expect(equality.filter((course) => figures.enrolled.has(course.activity_id))).toHaveLength(8);
  });

  it('looks like a real LRS: every format, verb and kind of noise', () => {
    expect(new Set(catalogue.map((course) => course.format))).toEqual(
      new Set(['mooc', 'instant', 'masterclass', 'course']),
    );
    expect(new Set(catalogue.map((course) => course.mode))).toEqual(new Set(['async', 'sync']));
    expect(new Set(catalogue.map((course) => course.programme)).size).toBeGreaterThanOrEqual(4);
    const verbs = new Set(lines.map((line) => line.verb.id.replace(ADL, '')));
    for (const verb of ['registered', 'launched', 'initialized', 'progressed', 'terminated']) {
      expect(verbs).toContain(verb);
    }
    for (const verb of ['completed', 'passed', 'attended', 'voided']) expect(verbs).toContain(verb);
    const ids = lines.map((line) => line.id);
    expect(ids.length - new Set(ids).size).toBeGreaterThan(500);
    expect(lines.filter((line) => line.actor.objectType === 'Group').length).toBeGreaterThan(50);
    const rowsPerPerson = new Map<string, number>();
    for (const row of registry) {
      rowsPerPerson.set(row.person_id, (rowsPerPerson.get(row.person_id) ?? 0) + 1);
    }
    expect([...rowsPerPerson.values()].filter((rows) => rows === 2).length).toBeGreaterThan(1000);
    expect(
      registry.filter((row) => row.sex === '' && row.birth_year === '').length,
    ).toBeGreaterThan(100);
    const courseIds = new Set(catalogue.map((course) => course.activity_id));
    const uncatalogued = new Set(
      lines
        .filter((line) => line.verb.id === `${ADL}registered` && !courseIds.has(line.object.id))
        .map((line) => line.object.id),
    );
    expect(uncatalogued.size).toBeGreaterThan(3);
    // Statements in the local small hours are on the previous UTC date.
    expect(lines.some((line) => /T2[23]:/.test(line.timestamp))).toBe(true);
  });
});

/** Spec sections 1-5, read as plainly as possible. */
function countFigures(
  lines: Line[],
  registry: Record<string, string>[],
  catalogue: Record<string, string>[],
) {
  const personOf = new Map<string, string>();
  const demographics = new Map<string, Record<string, string>>();
  for (const row of registry) {
    const key = row.email
      ? actorKey({ mbox: `mailto:${row.email}` })
      : actorKey({ account: { homePage: row.account_home_page, name: row.account_name } });
    personOf.set(key, `person:${row.person_id}`);
    demographics.set(`person:${row.person_id}`, row);
  }
  const courses = new Set(catalogue.map((course) => course.activity_id));
  const voided = new Set(
    lines.filter((line) => line.verb.id === `${ADL}voided`).map((line) => line.object.id),
  );
  const seen = new Set<string>();
  const activity: { person: string; year: number }[] = [];
  const firstEnrolment = new Map<string, string>();
  const firstCompletion = new Map<string, string>();
  const earliest = (map: Map<string, string>, pair: string, timestamp: string) => {
    const before = map.get(pair);
    if (before === undefined || Date.parse(timestamp) < Date.parse(before))
      map.set(pair, timestamp);
  };
  for (const line of lines) {
    if (seen.has(line.id)) continue;
    seen.add(line.id);
    if (voided.has(line.id) || line.verb.id === `${ADL}voided`) continue;
    if (line.actor.objectType === 'Group') continue;
    const key = actorKey(line.actor as Agent);
    const person = personOf.get(key) ?? `actor:${key}`;
    activity.push({ person, year: localYear(new Date(line.timestamp), 'Europe/Madrid') });
    const context = line.context?.contextActivities;
    const course = courses.has(line.object.id)
      ? line.object.id
      : ([...(context?.parent ?? []), ...(context?.grouping ?? [])].find((a) => courses.has(a.id))
          ?.id ?? line.object.id);
    const pair = `${person}\n${course}`;
    if (line.verb.id === `${ADL}registered`) earliest(firstEnrolment, pair, line.timestamp);
    if (COMPLETION.has(line.verb.id)) earliest(firstCompletion, pair, line.timestamp);
  }
  const yearOf = (timestamp: string) => localYear(new Date(timestamp), 'Europe/Madrid');
  const pairsIn = (map: Map<string, string>, from: number, to: number) =>
    [...map.values()].filter((t) => yearOf(t) >= from && yearOf(t) <= to).length;
  const usersOf = (from: number, to: number) => {
    const first = new Map<string, number>();
    for (const { person, year } of activity) {
      if (year < from || year > to) continue;
      first.set(person, Math.min(first.get(person) ?? year, year));
    }
    return first;
  };
  return {
    demographics,
    usersOf,
    users: (from: number, to: number) => usersOf(from, to).size,
    enrolments: (from: number, to: number) => pairsIn(firstEnrolment, from, to),
    completions: (from: number, to: number) => pairsIn(firstCompletion, from, to),
    enrolled: new Set([...firstEnrolment.keys()].map((pair) => pair.split('\n')[1])),
  };
}
