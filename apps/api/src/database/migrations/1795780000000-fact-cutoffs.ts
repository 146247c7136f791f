import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facts that answer for any cut-off and course filter (issue 5): activity
 * days gain the course and the earliest `stored`; first-ever facts keep every
 * candidate that is first for some cut-off (ADR 0009). The facts are derived
 * data, so they are emptied and every statement goes back through the inbox.
 */
export class FactCutoffs1795780000000 implements MigrationInterface {
  name = 'FactCutoffs1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "actor_activity_days"`);
    await queryRunner.query(`DROP TABLE "actor_course_firsts"`);
    await queryRunner.query(
      `CREATE TABLE "actor_activity_days" ("activity_date" date NOT NULL, "actor_key" text NOT NULL, "course_id" text NOT NULL, "first_stored" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_actor_activity_days" PRIMARY KEY ("activity_date", "actor_key", "course_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "actor_course_firsts" ("actor_key" text NOT NULL, "course_id" text NOT NULL, "role" text NOT NULL, "first_seq" bigint NOT NULL, "catalogued" boolean NOT NULL, "first_timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "first_date" date NOT NULL, "first_stored" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_actor_course_firsts" PRIMARY KEY ("actor_key", "course_id", "role", "first_seq"))`,
    );
    await queryRunner.query(`DELETE FROM "indicator_watermarks"`);
    await queryRunner.query(
      `INSERT INTO "statement_inbox" ("seq") SELECT "seq" FROM "statements" ON CONFLICT DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "actor_activity_days"`);
    await queryRunner.query(`DROP TABLE "actor_course_firsts"`);
    await queryRunner.query(
      `CREATE TABLE "actor_activity_days" ("activity_date" date NOT NULL, "actor_key" text NOT NULL, "first_statement_seq" bigint NOT NULL, CONSTRAINT "pk_actor_activity_days" PRIMARY KEY ("activity_date", "actor_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "actor_course_firsts" ("actor_key" text NOT NULL, "course_id" text NOT NULL, "role" text NOT NULL, "catalogued" boolean NOT NULL, "first_timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "first_date" date NOT NULL, "first_seq" bigint NOT NULL, CONSTRAINT "pk_actor_course_firsts" PRIMARY KEY ("actor_key", "course_id", "role"))`,
    );
    await queryRunner.query(`DELETE FROM "indicator_watermarks"`);
    await queryRunner.query(
      `INSERT INTO "statement_inbox" ("seq") SELECT "seq" FROM "statements" ON CONFLICT DO NOTHING`,
    );
  }
}
