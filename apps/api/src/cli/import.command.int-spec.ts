import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { findRepoRoot } from '../config/repo-root.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';

const run = promisify(execFile);
const HEADER =
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district';

/** `npm run fita -- import ...` as an operator runs it: the compiled command on a production database. */
describe('fita import (command line)', () => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-import-'));
  });
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  async function fita(
    ...args: string[]
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const cli = path.join(findRepoRoot(), 'apps/api/dist/cli.js');
    return run(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }
  const file = (name: string, ...lines: string[]) => {
    const target = path.join(folder, name);
    fs.writeFileSync(target, [...lines, ''].join('\n'));
    return target;
  };
  const persons = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM persons')).rows[0]
        .n;
    } finally {
      await client.end();
    }
  };

  it('imports a registry file and reports what it applied', async () => {
    const result = await fita(
      'import',
      'learners',
      file(
        'ok.csv',
        HEADER,
        'P-1,anna@example.org,,,woman,1990,6,employed,Barcelona,',
        'P-2,pau@example.org,,,,,,,,',
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"applied":2');
    expect(await persons()).toBe(2);
  });

  it('lists every row error of a bad file, exits 1 and applies nothing', async () => {
    const result = await fita(
      'import',
      'learners',
      file('bad.csv', HEADER, 'P-3,x@example.org,,,robot,,,,,', 'P-4,,,,,,,,,'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 2, sex: "robot" is not one of');
    expect(result.stderr).toContain('row 3, email:');
    expect(await persons()).toBe(2);
  });

  it('explains its usage and a missing file', async () => {
    expect((await fita('import', 'teachers', 'x.csv')).stderr).toContain('import learners FILE');
    expect((await fita('import', 'courses', path.join(folder, 'none.csv'))).stderr).toContain(
      'No file',
    );
  });
});
