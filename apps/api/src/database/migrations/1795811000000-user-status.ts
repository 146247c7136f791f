import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When an admin disabled a user (src/modules/users); null for an account that may sign in. */
export class UserStatus1795811000000 implements MigrationInterface {
  name = 'UserStatus1795811000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "disabled_at"`);
  }
}
