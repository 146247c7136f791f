import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The voids the facts have consumed, one row per voided statement (ADR 0009):
 * "is this statement voided (by the cut-off)?" becomes a primary-key probe
 * instead of a search of the statements for a StatementRef to it, which the
 * planner could turn into a scan of every void per statement. The facts are
 * derived data, so they are emptied and every statement is queued again.
 */
export class StatementVoids1795795000000 implements MigrationInterface {
  name = 'StatementVoids1795795000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statement_voids" ("target_id" uuid NOT NULL, "void_stored" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_statement_voids" PRIMARY KEY ("target_id"))`,
    );
    await requeue(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "statement_voids"`);
    await requeue(queryRunner);
  }
}

async function requeue(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`TRUNCATE "actor_activity_days", "actor_course_firsts"`);
  await queryRunner.query(`DELETE FROM "indicator_watermarks"`);
  await queryRunner.query(
    `INSERT INTO "statement_inbox" ("seq") SELECT "seq" FROM "statements" ON CONFLICT DO NOTHING`,
  );
}
