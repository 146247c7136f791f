import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Restriction and erasure requests per person (issue 9, ADR 0013), and the
 * view of the actor keys live analytics leave out: those an active
 * restriction names, and every key the registry gives the same person, so a
 * key added to a restricted person later is left out too. Writes to either
 * table raise a data version, so cached answers are computed again.
 */
export class PrivacyRequests1795830000100 implements MigrationInterface {
  name = 'PrivacyRequests1795830000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_requests" ("id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "named_by" text NOT NULL, "person_id" text, "reference" text NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_by_email" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lifted_by_id" uuid, "lifted_by_email" text, "lifted_at" TIMESTAMP WITH TIME ZONE, "anonymous_key" text, "executed_at" TIMESTAMP WITH TIME ZONE, "erased_statements" integer, CONSTRAINT "ck_privacy_requests_reference" CHECK (length(trim(reference)) > 0), CONSTRAINT "ck_privacy_requests_anonymous_key" CHECK ((kind = 'erasure' AND status = 'pending') = (anonymous_key IS NOT NULL)), CONSTRAINT "ck_privacy_requests_executed" CHECK ((status = 'executed') = (executed_at IS NOT NULL)), CONSTRAINT "ck_privacy_requests_lifted" CHECK ((status = 'lifted') = (lifted_at IS NOT NULL AND lifted_by_id IS NOT NULL AND lifted_by_email IS NOT NULL)), CONSTRAINT "ck_privacy_requests_named_by" CHECK (named_by IN ('person', 'email', 'account')), CONSTRAINT "ck_privacy_requests_status" CHECK ((kind = 'restriction' AND status IN ('active', 'lifted')) OR (kind = 'erasure' AND status IN ('pending', 'executed'))), CONSTRAINT "ck_privacy_requests_kind" CHECK (kind IN ('restriction', 'erasure')), CONSTRAINT "pk_privacy_requests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_privacy_requests_recorded_at" ON "privacy_requests"  ("recorded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_privacy_requests_kind_status" ON "privacy_requests"  ("kind", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "privacy_request_keys" ("request_id" uuid NOT NULL, "actor_key" text NOT NULL, CONSTRAINT "pk_privacy_request_keys" PRIMARY KEY ("request_id", "actor_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_privacy_request_keys_actor_key" ON "privacy_request_keys"  ("actor_key") `,
    );
    await queryRunner.query(
      `CREATE VIEW "restricted_actor_keys" AS
         SELECT k.actor_key FROM privacy_request_keys k
         JOIN privacy_requests r ON r.id = k.request_id
         WHERE r.kind = 'restriction' AND r.status = 'active'
         UNION
         SELECT i.actor_key FROM privacy_requests r
         JOIN person_identifiers i ON i.person_id = r.person_id
         WHERE r.kind = 'restriction' AND r.status = 'active'`,
    );
    for (const table of ['privacy_requests', 'privacy_request_keys']) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
         ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION fita_bump_data_version()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['privacy_request_keys', 'privacy_requests']) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_data_version ON "${table}"`);
    }
    await queryRunner.query(`DROP VIEW "restricted_actor_keys"`);
    await queryRunner.query(`DROP INDEX "ix_privacy_request_keys_actor_key"`);
    await queryRunner.query(`DROP TABLE "privacy_request_keys"`);
    await queryRunner.query(`DROP INDEX "ix_privacy_requests_kind_status"`);
    await queryRunner.query(`DROP INDEX "ix_privacy_requests_recorded_at"`);
    await queryRunner.query(`DROP TABLE "privacy_requests"`);
  }
}
