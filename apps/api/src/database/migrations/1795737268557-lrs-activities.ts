import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LrsActivities1795737268557 implements MigrationInterface {
  name = 'LrsActivities1795737268557';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activities" ("id" text NOT NULL, "definition" jsonb, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_activities" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "activities"`);
  }
}
