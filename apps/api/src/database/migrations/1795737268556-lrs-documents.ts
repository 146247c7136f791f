import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LrsDocuments1795737268556 implements MigrationInterface {
  name = 'LrsDocuments1795737268556';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" BIGSERIAL NOT NULL, "kind" text NOT NULL, "activity_id" text, "agent_key" text, "registration" uuid, "document_id" text NOT NULL, "content" bytea NOT NULL, "content_type" text NOT NULL, "etag" text NOT NULL, "updated" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_documents_context" CHECK ((kind = 'state' AND activity_id IS NOT NULL AND agent_key IS NOT NULL) OR (kind = 'activity_profile' AND activity_id IS NOT NULL AND agent_key IS NULL AND registration IS NULL) OR (kind = 'agent_profile' AND activity_id IS NULL AND agent_key IS NOT NULL AND registration IS NULL)), CONSTRAINT "ck_documents_kind" CHECK (kind IN ('state', 'activity_profile', 'agent_profile')), CONSTRAINT "pk_documents" PRIMARY KEY ("id"))`,
    );
    // NULLS NOT DISTINCT (Postgres 15) is added by hand: a state without a
    // registration, and every profile, leave parts of the key null, and those
    // must still be unique. TypeORM cannot declare it (see document.entity.ts).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_documents_key" ON "documents"("kind", "activity_id", "agent_key", "registration", "document_id") NULLS NOT DISTINCT`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_documents_key"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
