import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatementFilters1795736926914 implements MigrationInterface {
  name = 'StatementFilters1795736926914';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statement_activities" ("seq" bigint NOT NULL, "activity_id" text NOT NULL, "role" text NOT NULL, CONSTRAINT "pk_statement_activities" PRIMARY KEY ("seq", "activity_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_statement_activities_activity_id_seq" ON "statement_activities"("activity_id", "seq")`,
    );
    await queryRunner.query(
      `CREATE TABLE "statement_agents" ("seq" bigint NOT NULL, "actor_key" text NOT NULL, "role" text NOT NULL, CONSTRAINT "pk_statement_agents" PRIMARY KEY ("seq", "actor_key", "role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_statement_agents_actor_key_seq" ON "statement_agents"("actor_key", "seq")`,
    );
    await queryRunner.query(`ALTER TABLE "statements" ADD "voided" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statements" DROP COLUMN "voided"`);
    await queryRunner.query(`DROP INDEX "ix_statement_agents_actor_key_seq"`);
    await queryRunner.query(`DROP TABLE "statement_agents"`);
    await queryRunner.query(`DROP INDEX "ix_statement_activities_activity_id_seq"`);
    await queryRunner.query(`DROP TABLE "statement_activities"`);
  }
}
