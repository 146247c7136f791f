import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorFacts1795734402000 implements MigrationInterface {
  name = 'IndicatorFacts1795734402000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "actor_activity_days" ("activity_date" date NOT NULL, "actor_key" text NOT NULL, "first_statement_seq" bigint NOT NULL, CONSTRAINT "pk_actor_activity_days" PRIMARY KEY ("activity_date", "actor_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator_watermarks" ("name" text NOT NULL, "last_seq" bigint NOT NULL, "statements_processed" bigint NOT NULL, "time_zone" text NOT NULL, "definitions_version" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_indicator_watermarks" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "indicator_watermarks"`);
    await queryRunner.query(`DROP TABLE "actor_activity_days"`);
  }
}
