import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indicator inbox (docs/adr/0005): every new statement's seq, added by a
 * statement-level trigger in the inserting transaction, taken out by the
 * refresh job. Statements after the old watermark are queued on upgrade.
 */
export class StatementInbox1795737891961 implements MigrationInterface {
  name = 'StatementInbox1795737891961';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statement_inbox" ("seq" bigint NOT NULL, CONSTRAINT "pk_statement_inbox" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION fita_queue_new_statements() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO statement_inbox (seq) SELECT seq FROM new_statements;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_statements_inbox AFTER INSERT ON statements
       REFERENCING NEW TABLE AS new_statements
       FOR EACH STATEMENT EXECUTE FUNCTION fita_queue_new_statements()`,
    );
    await queryRunner.query(
      `INSERT INTO statement_inbox (seq)
       SELECT s.seq FROM statements s
       WHERE s.seq > coalesce((SELECT last_seq FROM indicator_watermarks WHERE name = 'facts'), 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_statements_inbox ON statements`);
    await queryRunner.query(`DROP FUNCTION fita_queue_new_statements()`);
    await queryRunner.query(`DROP TABLE "statement_inbox"`);
  }
}
