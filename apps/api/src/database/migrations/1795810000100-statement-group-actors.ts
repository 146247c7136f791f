import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statements whose actor is a Group, which the indicators skip (spec
 * section 1): a partial index, so the data quality view counts them without
 * reading every statement. Groups are rare, so the index stays small and
 * costs Agent statements nothing at ingest.
 */
export class StatementGroupActors1795810000100 implements MigrationInterface {
  name = 'StatementGroupActors1795810000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_statements_group_actor" ON "statements"("seq") WHERE actor_type = 'Group'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_statements_group_actor"`);
  }
}
