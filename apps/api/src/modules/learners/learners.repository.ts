import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Demographics, LearnerRow } from '@fita/metrics';
import type { PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { openCopy, type CopyWriter } from '../../database/copy-rows.js';

/** What an applied registry import changed. */
export interface RegistryChanges {
  personsCreated: number;
  personsUpdated: number;
  identifiersAdded: number;
  identifiersReassigned: number;
  identifiersRemoved: number;
}

export interface PersonView extends Demographics {
  personId: string;
  actorKeys: string[];
}

export interface IdentityView {
  actorKey: string;
  email: string | null;
  accountHomePage: string | null;
  accountName: string | null;
}

/** A row whose identifier an earlier row of the same file already listed. */
export interface RepeatedIdentifier {
  row: number;
  firstRow: number;
  kind: 'email' | 'account';
}

/** A row whose demographics differ from the first row of the same person. */
export interface DisagreeingRow {
  row: number;
  firstRow: number;
  personId: string;
  mine: Demographics;
  first: Demographics;
}

/**
 * One registry import: rows are staged into a temporary table inside one
 * transaction, checked against each other there (so a million rows are never
 * held in memory), and applied set-wise. Nothing is kept unless `apply` runs
 * and the caller's work returns normally.
 */
export interface RegistryImport {
  /** Adds a row to the staging table; call `staged` once all are written. */
  stage(row: LearnerRow): Promise<void>;
  staged(): Promise<void>;
  repeatedIdentifiers(): Promise<RepeatedIdentifier[]>;
  disagreeingRows(): Promise<DisagreeingRow[]>;
  apply(): Promise<RegistryChanges>;
}

const STAGED_COLUMNS = [
  'row',
  'person_id',
  'actor_key',
  'kind',
  'email',
  'account_home_page',
  'account_name',
  'sex',
  'birth_year',
  'isced_level',
  'employment_status',
  'municipality',
  'district',
] as const;
const DEMOGRAPHIC_COLUMNS = [
  'sex',
  'birth_year',
  'isced_level',
  'employment_status',
  'municipality',
  'district',
];
const DEMOGRAPHICS = DEMOGRAPHIC_COLUMNS.join(', ');
/** The demographic columns of a table alias, for row comparisons. */
const demographicsOfAlias = (alias: string) =>
  DEMOGRAPHIC_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

@Injectable()
export class LearnersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction with a fresh staging table; a throw undoes everything. */
  async withImport<T>(work: (registryImport: RegistryImport) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    await runner.startTransaction();
    try {
      // One registry import at a time: two would decide about the same
      // persons from snapshots that miss each other's rows.
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('fita.learner-registry-import'))`);
      // A million-row registry sorts and hashes in memory rather than on disk.
      await runner.query(`SET LOCAL work_mem = '256MB'`);
      await runner.query(
        `CREATE TEMP TABLE learner_import (
           row integer NOT NULL, person_id text NOT NULL, actor_key text NOT NULL, kind text NOT NULL,
           email text, account_home_page text, account_name text,
           sex text, birth_year smallint, isced_level smallint, employment_status text,
           municipality text, district text
         ) ON COMMIT DROP`,
      );
      const session = registryImport(runner, client);
      try {
        const result = await work(session);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await session.abandon();
        throw error;
      }
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** A person's demographics and actor keys (pseudonymous), or null. */
  async findPerson(personId: string): Promise<PersonView | null> {
    const rows: PersonView[] = await this.dataSource.query(
      `SELECT p.person_id AS "personId", p.sex, p.birth_year AS "birthYear",
              p.isced_level AS "iscedLevel", p.employment_status AS "employmentStatus",
              p.municipality, p.district,
              coalesce(array_agg(i.actor_key ORDER BY i.actor_key)
                       FILTER (WHERE i.actor_key IS NOT NULL), '{}') AS "actorKeys"
       FROM persons p LEFT JOIN person_identifiers i USING (person_id)
       WHERE p.person_id = $1 GROUP BY p.person_id`,
      [personId],
    );
    return rows[0] ?? null;
  }

  /** The plain identifiers of a person (admins only). */
  identitiesOf(personId: string): Promise<IdentityView[]> {
    return this.dataSource.query(
      `SELECT i.actor_key AS "actorKey", l.email, l.account_home_page AS "accountHomePage",
              l.account_name AS "accountName"
       FROM person_identifiers i JOIN learner_identities l USING (actor_key)
       WHERE i.person_id = $1 ORDER BY i.actor_key`,
      [personId],
    );
  }

  /** Persons in the registry, identifiers, and persons with no demographics at all. */
  async summary(): Promise<{ persons: number; identifiers: number; withoutDemographics: number }> {
    const [row] = await this.dataSource.query<
      { persons: number; identifiers: number; withoutDemographics: number }[]
    >(
      `SELECT (SELECT count(*) FROM persons)::int AS persons,
              (SELECT count(*) FROM person_identifiers)::int AS identifiers,
              (SELECT count(*) FROM persons
                WHERE num_nonnulls(${DEMOGRAPHICS}) = 0)::int AS "withoutDemographics"`,
    );
    return row;
  }
}

function registryImport(
  runner: QueryRunner,
  client: PoolClient,
): RegistryImport & { abandon(): Promise<void> } {
  let copy: CopyWriter | undefined;
  return {
    stage: (row) =>
      (copy ??= openCopy(client, 'learner_import', STAGED_COLUMNS)).write(stagedRow(row)),
    staged: () => copy?.end() ?? Promise.resolve(),
    abandon: () => copy?.abort() ?? Promise.resolve(),

    async repeatedIdentifiers() {
      // The checks and the apply read the whole staging table once each
      // (hash joins and sorts in memory), so it needs statistics, not indexes.
      await runner.query(`ANALYZE learner_import`);
      return queryRows<RepeatedIdentifier>(
        runner,
        `SELECT row, "firstRow", kind FROM (
           SELECT row, kind, min(row) OVER (PARTITION BY actor_key) AS "firstRow" FROM learner_import
         ) listed
         WHERE row <> "firstRow" ORDER BY row`,
      );
    },

    async disagreeingRows() {
      const rows = await queryRows<
        Record<string, unknown> & { row: number; firstRow: number; personId: string }
      >(
        runner,
        `WITH first AS (
             SELECT DISTINCT ON (person_id) * FROM learner_import ORDER BY person_id, row
           )
           SELECT i.row, f.row AS "firstRow", i.person_id AS "personId",
                  to_jsonb(i) AS mine, to_jsonb(f) AS first
           FROM learner_import i JOIN first f USING (person_id)
           WHERE (${demographicsOfAlias('i')}) IS DISTINCT FROM (${demographicsOfAlias('f')})
           ORDER BY i.row`,
      );
      return rows.map((r) => ({
        row: r.row,
        firstRow: r.firstRow,
        personId: r.personId,
        mine: demographicsOf(r['mine'] as Record<string, unknown>),
        first: demographicsOf(r['first'] as Record<string, unknown>),
      }));
    },

    async apply() {
      // Re-importing a person replaces their demographics; unchanged rows are not rewritten.
      const persons = await queryRows<{ created: number; updated: number }>(
        runner,
        `WITH upserted AS (
           INSERT INTO persons (person_id, ${DEMOGRAPHICS}, updated_at)
           SELECT DISTINCT ON (person_id) person_id, ${DEMOGRAPHICS}, now()
           FROM learner_import ORDER BY person_id, row
           ON CONFLICT (person_id) DO UPDATE SET
             sex = EXCLUDED.sex, birth_year = EXCLUDED.birth_year, isced_level = EXCLUDED.isced_level,
             employment_status = EXCLUDED.employment_status, municipality = EXCLUDED.municipality,
             district = EXCLUDED.district, updated_at = now()
           WHERE (${demographicsOfAlias('persons')}) IS DISTINCT FROM (${demographicsOfAlias('EXCLUDED')})
           RETURNING xmax = 0 AS created
         )
         SELECT count(*) FILTER (WHERE created)::int AS created,
                count(*) FILTER (WHERE NOT created)::int AS updated FROM upserted`,
      );
      // ... and their identifiers: those no longer listed for them go, with their identities.
      const removed = await queryRows<{ n: number }>(
        runner,
        `WITH removed AS (
           DELETE FROM person_identifiers p
           WHERE p.person_id IN (SELECT person_id FROM learner_import)
             AND NOT EXISTS (SELECT 1 FROM learner_import i WHERE i.actor_key = p.actor_key)
           RETURNING actor_key
         ), forgotten AS (
           DELETE FROM learner_identities WHERE actor_key IN (SELECT actor_key FROM removed)
         )
         SELECT count(*)::int AS n FROM removed`,
      );
      // An identifier listed for one person is taken away from any other.
      const identifiers = await queryRows<{ added: number; reassigned: number }>(
        runner,
        `WITH upserted AS (
           INSERT INTO person_identifiers (actor_key, person_id)
           SELECT actor_key, person_id FROM learner_import
           ON CONFLICT (actor_key) DO UPDATE SET person_id = EXCLUDED.person_id
           WHERE person_identifiers.person_id <> EXCLUDED.person_id
           RETURNING xmax = 0 AS added
         )
         SELECT count(*) FILTER (WHERE added)::int AS added,
                count(*) FILTER (WHERE NOT added)::int AS reassigned FROM upserted`,
      );
      await runner.query(
        `WITH upserted AS (
           INSERT INTO learner_identities (actor_key, email, account_home_page, account_name)
           SELECT actor_key, email, account_home_page, account_name FROM learner_import
           ON CONFLICT (actor_key) DO UPDATE SET email = EXCLUDED.email,
             account_home_page = EXCLUDED.account_home_page, account_name = EXCLUDED.account_name
           WHERE (learner_identities.email, learner_identities.account_home_page, learner_identities.account_name)
                 IS DISTINCT FROM (EXCLUDED.email, EXCLUDED.account_home_page, EXCLUDED.account_name)
           RETURNING 1
         )
         SELECT count(*) FROM upserted`,
      );
      return {
        personsCreated: persons[0].created,
        personsUpdated: persons[0].updated,
        identifiersAdded: identifiers[0].added,
        identifiersReassigned: identifiers[0].reassigned,
        identifiersRemoved: removed[0].n,
      };
    },
  };
}

function stagedRow(r: LearnerRow) {
  return [
    r.row,
    r.personId,
    r.actorKey,
    r.identifier.kind,
    r.identifier.kind === 'email' ? r.identifier.email : null,
    r.identifier.kind === 'account' ? r.identifier.homePage : null,
    r.identifier.kind === 'account' ? r.identifier.name : null,
    r.demographics.sex,
    r.demographics.birthYear,
    r.demographics.iscedLevel,
    r.demographics.employmentStatus,
    r.demographics.municipality,
    r.demographics.district,
  ];
}

function demographicsOf(row: Record<string, unknown>): Demographics {
  return {
    sex: row['sex'] as Demographics['sex'],
    birthYear: row['birth_year'] as number | null,
    iscedLevel: row['isced_level'] as number | null,
    employmentStatus: row['employment_status'] as Demographics['employmentStatus'],
    municipality: row['municipality'] as string | null,
    district: row['district'] as string | null,
  };
}

/** QueryRunner.query answers `any`: the rows' shape is the SQL's, stated once here. */
async function queryRows<T>(
  runner: QueryRunner,
  sql: string,
  parameters?: unknown[],
): Promise<T[]> {
  return (await runner.query(sql, parameters)) as T[];
}
