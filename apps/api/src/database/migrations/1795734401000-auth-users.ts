import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthUsers1795734401000 implements MigrationInterface {
  name = 'AuthUsers1795734401000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sessions" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_sessions" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user_id" ON "sessions"("user_id")`);
    await queryRunner.query(`CREATE INDEX "ix_sessions_expires_at" ON "sessions"("expires_at")`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_users_role" CHECK (role IN ('admin', 'manager', 'auditor', 'communications')), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_users_email" ON "users"("email")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "ix_sessions_expires_at"`);
    await queryRunner.query(`DROP INDEX "ix_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
