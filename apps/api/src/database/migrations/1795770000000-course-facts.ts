import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrolment and completion facts (issue 5), and the catalogue version the
 * facts were attributed with. The next refresh attributes every statement.
 */
export class CourseFacts1795770000000 implements MigrationInterface {
  name = 'CourseFacts1795770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "actor_course_firsts" ("actor_key" text NOT NULL, "course_id" text NOT NULL, "role" text NOT NULL, "catalogued" boolean NOT NULL, "first_timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "first_date" date NOT NULL, "first_seq" bigint NOT NULL, CONSTRAINT "pk_actor_course_firsts" PRIMARY KEY ("actor_key", "course_id", "role"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_watermarks" ADD "catalogue_version" text NOT NULL DEFAULT ''`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_watermarks" DROP COLUMN "catalogue_version"`);
    await queryRunner.query(`DROP TABLE "actor_course_firsts"`);
  }
}
