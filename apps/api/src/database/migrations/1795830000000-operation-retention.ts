import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How long each operation's personal data must be kept, and under which rule
 * (issue 9, ADR 0013): an erasure request waits until the retention of every
 * operation the person took part in has passed. Both or neither.
 */
export class OperationRetention1795830000000 implements MigrationInterface {
  name = 'OperationRetention1795830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "operations" ADD "retention_until" date`);
    await queryRunner.query(`ALTER TABLE "operations" ADD "legal_basis" text`);
    await queryRunner.query(
      `ALTER TABLE "operations" ADD CONSTRAINT "ck_operations_retention" CHECK ((retention_until IS NULL) = (legal_basis IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "operations" DROP CONSTRAINT "ck_operations_retention"`);
    await queryRunner.query(`ALTER TABLE "operations" DROP COLUMN "legal_basis"`);
    await queryRunner.query(`ALTER TABLE "operations" DROP COLUMN "retention_until"`);
  }
}
