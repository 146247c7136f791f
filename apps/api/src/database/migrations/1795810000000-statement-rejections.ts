import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the LRS refused (issue 7, data quality): the latest rejections, pruned
 * to a bounded number as each is recorded, and a count per reason that
 * survives the pruning. Neither holds a statement body, which may carry
 * personal data.
 */
export class StatementRejections1795810000000 implements MigrationInterface {
  name = 'StatementRejections1795810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statement_rejections" ("id" BIGSERIAL NOT NULL, "rejected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason_code" text NOT NULL, "message" text NOT NULL, "credential_key" text NOT NULL, CONSTRAINT "pk_statement_rejections" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "statement_rejection_counts" ("reason_code" text NOT NULL, "rejections" bigint NOT NULL, "last_rejected_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_statement_rejection_counts" PRIMARY KEY ("reason_code"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "statement_rejection_counts"`);
    await queryRunner.query(`DROP TABLE "statement_rejections"`);
  }
}
