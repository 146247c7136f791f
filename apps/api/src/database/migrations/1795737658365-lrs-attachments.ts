import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LrsAttachments1795737658365 implements MigrationInterface {
  name = 'LrsAttachments1795737658365';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("sha2" text NOT NULL, "content_type" text NOT NULL, "content" bytea NOT NULL, "length" integer NOT NULL, CONSTRAINT "pk_attachments" PRIMARY KEY ("sha2"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
