import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports (issue 8): what was asked for, how far its job got, and the file it
 * wrote, in about-1-MiB chunks, so that any API process can serve a file any
 * worker process built.
 */
export class Exports1795812000000 implements MigrationInterface {
  name = 'Exports1795812000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "exports" ("id" uuid NOT NULL, "request" jsonb NOT NULL, "requested_by_id" uuid NOT NULL, "requested_by_email" text NOT NULL, "requested_by_role" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'queued', "progress" double precision NOT NULL DEFAULT '0', "stage" text, "error" text, "file_name" text, "content_type" text, "byte_size" bigint, "sha256" text, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_exports_file" CHECK (status <> 'done' OR (file_name IS NOT NULL AND content_type IS NOT NULL AND byte_size IS NOT NULL AND sha256 IS NOT NULL AND finished_at IS NOT NULL)), CONSTRAINT "ck_exports_progress" CHECK (progress >= 0 AND progress <= 1), CONSTRAINT "ck_exports_status" CHECK (status IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "pk_exports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_exports_requested_at" ON "exports" ("requested_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_exports_requested_by" ON "exports" ("requested_by_id", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "export_chunks" ("export_id" uuid NOT NULL, "seq" integer NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "ck_export_chunks_seq" CHECK (seq >= 0), CONSTRAINT "pk_export_chunks" PRIMARY KEY ("export_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_chunks" ADD CONSTRAINT "fk_export_chunks_export" FOREIGN KEY ("export_id") REFERENCES "exports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "export_chunks" DROP CONSTRAINT "fk_export_chunks_export"`,
    );
    await queryRunner.query(`DROP TABLE "export_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_exports_requested_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_exports_requested_at"`);
    await queryRunner.query(`DROP TABLE "exports"`);
  }
}
