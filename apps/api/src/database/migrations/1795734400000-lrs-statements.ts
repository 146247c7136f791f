import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LrsStatements1795734400000 implements MigrationInterface {
  name = 'LrsStatements1795734400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lrs_credentials" ("id" uuid NOT NULL, "key" text NOT NULL, "secret_hash" text NOT NULL, "name" text NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_lrs_credentials" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_lrs_credentials_key" ON "lrs_credentials"("key")`,
    );
    await queryRunner.query(
      `CREATE TABLE "statements" ("seq" BIGSERIAL NOT NULL, "id" uuid NOT NULL, "actor_key" text, "actor_type" text NOT NULL, "verb_id" text NOT NULL, "object_type" text NOT NULL, "object_id" text, "registration" uuid, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "stored" TIMESTAMP WITH TIME ZONE NOT NULL, "credential_id" uuid NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "pk_statements" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_statements_stored" ON "statements"("stored")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_timestamp" ON "statements"("timestamp")`);
    await queryRunner.query(
      `CREATE INDEX "ix_statements_registration" ON "statements"("registration")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_statements_object_id" ON "statements"("object_id")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_verb_id" ON "statements"("verb_id")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_actor_key" ON "statements"("actor_key")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_statements_id" ON "statements"("id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_statements_id"`);
    await queryRunner.query(`DROP INDEX "ix_statements_actor_key"`);
    await queryRunner.query(`DROP INDEX "ix_statements_verb_id"`);
    await queryRunner.query(`DROP INDEX "ix_statements_object_id"`);
    await queryRunner.query(`DROP INDEX "ix_statements_registration"`);
    await queryRunner.query(`DROP INDEX "ix_statements_timestamp"`);
    await queryRunner.query(`DROP INDEX "ix_statements_stored"`);
    await queryRunner.query(`DROP TABLE "statements"`);
    await queryRunner.query(`DROP INDEX "ux_lrs_credentials_key"`);
    await queryRunner.query(`DROP TABLE "lrs_credentials"`);
  }
}
