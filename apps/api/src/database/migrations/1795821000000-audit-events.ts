import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log (issue 9): who viewed evidence, person-level data or export
 * files, and who changed users, readable by admins. Append-only: a trigger
 * refuses updates and deletes, so an entry cannot be quietly rewritten
 * through the application's own connection.
 */
export class AuditEvents1795821000000 implements MigrationInterface {
  name = 'AuditEvents1795821000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid, "user_email" text, "user_role" text, "action" text NOT NULL, "subject_type" text, "subject_id" text, "details" jsonb NOT NULL DEFAULT '{}', "client_address" text, CONSTRAINT "ck_audit_events_details_size" CHECK (octet_length(details::text) <= 2048), CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_at" ON "audit_events" ("at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_user" ON "audit_events" ("user_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_action" ON "audit_events" ("action", "at") `,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are never changed or deleted'
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
