import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Snapshots (issue 5, spec section 7): frozen answers of the indicator
 * engine. A trigger keeps each row as it was stored, except for the one
 * approval: the audit trail must not depend on every code path behaving.
 */
export class Snapshots1795790000000 implements MigrationInterface {
  name = 'Snapshots1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "snapshots" ("id" uuid NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "programme" text, "format" text, "course" text, "age_scheme" text NOT NULL, "age_bands" text, "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL, "definitions_version" text NOT NULL, "time_zone" text NOT NULL, "statement_count" integer NOT NULL, "fingerprint" text NOT NULL, "frozen_view" json NOT NULL, "created_by_id" uuid NOT NULL, "created_by_email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approved_by_id" uuid, "approved_by_email" text, "approved_at" TIMESTAMP WITH TIME ZONE, "supersedes" uuid, "supersede_reason" text, CONSTRAINT "ck_snapshots_period" CHECK (period_to >= period_from), CONSTRAINT "ck_snapshots_approval" CHECK ((approved_at IS NULL) = (approved_by_id IS NULL) AND (approved_at IS NULL) = (approved_by_email IS NULL)), CONSTRAINT "ck_snapshots_supersede_reason" CHECK ((supersedes IS NULL) = (supersede_reason IS NULL) AND length(trim(supersede_reason)) > 0), CONSTRAINT "pk_snapshots" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_snapshots_supersedes" ON "snapshots" ("supersedes") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_snapshots_created_at" ON "snapshots" ("created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "snapshots" ADD CONSTRAINT "fk_snapshots_supersedes" FOREIGN KEY ("supersedes") REFERENCES "snapshots"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION snapshots_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.approved_at IS NOT NULL THEN
          RAISE EXCEPTION 'snapshot % is approved and can no longer change', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (to_jsonb(NEW) - 'approved_by_id' - 'approved_by_email' - 'approved_at')
           IS DISTINCT FROM (to_jsonb(OLD) - 'approved_by_id' - 'approved_by_email' - 'approved_at') THEN
          RAISE EXCEPTION 'snapshot % is frozen: only its approval may be recorded', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_snapshots_frozen BEFORE UPDATE ON "snapshots" FOR EACH ROW EXECUTE FUNCTION snapshots_frozen()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_snapshots_frozen ON "snapshots"`);
    await queryRunner.query(`DROP FUNCTION snapshots_frozen()`);
    await queryRunner.query(`ALTER TABLE "snapshots" DROP CONSTRAINT "fk_snapshots_supersedes"`);
    await queryRunner.query(`DROP INDEX "ix_snapshots_created_at"`);
    await queryRunner.query(`DROP INDEX "ux_snapshots_supersedes"`);
    await queryRunner.query(`DROP TABLE "snapshots"`);
  }
}
