import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the first start's demo load got through, so an interrupted one resumes (src/demo). */
export class DemoLoads1795800000000 implements MigrationInterface {
  name = 'DemoLoads1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "demo_loads" ("seed" integer NOT NULL, "statement_lines" integer NOT NULL, "stored_lines" integer NOT NULL DEFAULT '0', "loader_key" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_demo_loads" PRIMARY KEY ("seed"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demo_loads"`);
  }
}
