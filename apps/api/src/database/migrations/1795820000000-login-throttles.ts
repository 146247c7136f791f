import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login rate limiting and lockout (issue 9), in the database so that every
 * API process sees the same counts. One row per throttled e-mail address or
 * client address, keyed by a hash; a row past `expires_at` means nothing and
 * is pruned.
 */
export class LoginThrottles1795820000000 implements MigrationInterface {
  name = 'LoginThrottles1795820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttles" ("key" text NOT NULL, "attempts" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_login_throttles" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_login_throttles_expires_at" ON "login_throttles" ("expires_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_login_throttles_expires_at"`);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
  }
}
