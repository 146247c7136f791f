import type { MigrationInterface, QueryRunner } from 'typeorm';

const SOURCES = ['persons', 'person_identifiers', 'courses'];

/**
 * A version number per table the figures read besides the facts, raised by
 * a trigger on every write, so an answer cache knows when a registry or
 * catalogue import may have changed an answer, whatever wrote the rows.
 */
export class DataVersions1795781000000 implements MigrationInterface {
  name = 'DataVersions1795781000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_versions" ("name" text NOT NULL, "version" bigint NOT NULL, CONSTRAINT "pk_data_versions" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION fita_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO data_versions (name, version) VALUES (TG_TABLE_NAME, 1)
         ON CONFLICT (name) DO UPDATE SET version = data_versions.version + 1;
         RETURN NULL;
       END $$`,
    );
    for (const table of SOURCES) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
         ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION fita_bump_data_version()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SOURCES) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_data_version ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION fita_bump_data_version()`);
    await queryRunner.query(`DROP TABLE "data_versions"`);
  }
}
