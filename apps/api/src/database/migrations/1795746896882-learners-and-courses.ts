import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The learner registry (pseudonymous persons, their actor keys, and apart
 * from both the plain identities) and the course catalogue (issue 4).
 */
export class LearnersAndCourses1795746896882 implements MigrationInterface {
  name = 'LearnersAndCourses1795746896882';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "courses" ("activity_id" text NOT NULL, "title" text NOT NULL, "format" text NOT NULL, "mode" text NOT NULL, "programme" text, "tags" text array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_courses_format" CHECK (format IN ('mooc', 'instant', 'masterclass', 'course')), CONSTRAINT "ck_courses_mode" CHECK (mode IN ('async', 'sync')), CONSTRAINT "pk_courses" PRIMARY KEY ("activity_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_courses_programme" ON "courses"("programme")`);
    await queryRunner.query(
      `CREATE TABLE "persons" ("person_id" text NOT NULL, "sex" text, "birth_year" smallint, "isced_level" smallint, "employment_status" text, "municipality" text, "district" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_persons_sex" CHECK (sex IN ('woman', 'man', 'non_binary')), CONSTRAINT "ck_persons_isced_level" CHECK (isced_level BETWEEN 0 AND 8), CONSTRAINT "ck_persons_employment_status" CHECK (employment_status IN ('employed', 'self_employed', 'unemployed', 'inactive', 'student')), CONSTRAINT "pk_persons" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "person_identifiers" ("actor_key" text NOT NULL, "person_id" text NOT NULL, CONSTRAINT "pk_person_identifiers" PRIMARY KEY ("actor_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_person_identifiers_person_id" ON "person_identifiers"("person_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "learner_identities" ("actor_key" text NOT NULL, "email" text, "account_home_page" text, "account_name" text, CONSTRAINT "pk_learner_identities" PRIMARY KEY ("actor_key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "learner_identities"`);
    await queryRunner.query(`DROP INDEX "ix_person_identifiers_person_id"`);
    await queryRunner.query(`DROP TABLE "person_identifiers"`);
    await queryRunner.query(`DROP TABLE "persons"`);
    await queryRunner.query(`DROP INDEX "ix_courses_programme"`);
    await queryRunner.query(`DROP TABLE "courses"`);
  }
}
