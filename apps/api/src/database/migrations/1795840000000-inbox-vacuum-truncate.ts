import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement inbox is a queue: rows go in at its end and out at its
 * start, all the time. A vacuum that finds its last pages empty tries to
 * cut them off, which needs the table to itself, and while statements
 * stream in it retries for five seconds before giving up (the soak
 * benchmark saw every refresh vacuum spend 5 s so, the figures trailing by
 * as much); when it does get the table, statement posts wait. The pages
 * would be filled again within seconds anyway.
 */
export class InboxVacuumTruncate1795840000000 implements MigrationInterface {
  name = 'InboxVacuumTruncate1795840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statement_inbox" SET (vacuum_truncate = false)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statement_inbox" RESET (vacuum_truncate)`);
  }
}
