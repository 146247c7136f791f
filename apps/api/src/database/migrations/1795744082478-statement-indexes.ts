import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statement indexes chosen from the query plans (docs/adr/0007): every index
 * serves a query, and each one less is work saved on every statement stored.
 */
export class StatementIndexes1795744082478 implements MigrationInterface {
  name = 'StatementIndexes1795744082478';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The link tables' keys lead with what the filters look up.
    await queryRunner.query(`DROP INDEX "ix_statement_activities_activity_id_seq"`);
    await queryRunner.query(
      `ALTER TABLE "statement_activities" DROP CONSTRAINT "pk_statement_activities",
       ADD CONSTRAINT "pk_statement_activities" PRIMARY KEY ("activity_id", "seq", "role")`,
    );
    await queryRunner.query(`DROP INDEX "ix_statement_agents_actor_key_seq"`);
    await queryRunner.query(
      `ALTER TABLE "statement_agents" DROP CONSTRAINT "pk_statement_agents",
       ADD CONSTRAINT "pk_statement_agents" PRIMARY KEY ("actor_key", "seq", "role")`,
    );
    await queryRunner.query(`DROP INDEX "ix_statements_stored"`);
    await queryRunner.query(`DROP INDEX "ix_statements_timestamp"`);
    await queryRunner.query(`DROP INDEX "ix_statements_object_id"`);
    await queryRunner.query(`DROP INDEX "ix_statements_actor_key"`);
    await queryRunner.query(`DROP INDEX "ix_statements_registration"`);
    await queryRunner.query(
      `CREATE INDEX "ix_statements_stored_seq" ON "statements"("stored", "seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_statements_statement_ref" ON "statements"("object_id") WHERE object_type = 'StatementRef'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_statements_registration" ON "statements"("registration") WHERE registration IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_statements_registration"`);
    await queryRunner.query(`DROP INDEX "ix_statements_statement_ref"`);
    await queryRunner.query(`DROP INDEX "ix_statements_stored_seq"`);
    await queryRunner.query(
      `CREATE INDEX "ix_statements_registration" ON "statements"("registration")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_statements_actor_key" ON "statements"("actor_key")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_object_id" ON "statements"("object_id")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_timestamp" ON "statements"("timestamp")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_stored" ON "statements"("stored")`);
    await queryRunner.query(
      `ALTER TABLE "statement_agents" DROP CONSTRAINT "pk_statement_agents",
       ADD CONSTRAINT "pk_statement_agents" PRIMARY KEY ("seq", "actor_key", "role")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_statement_agents_actor_key_seq" ON "statement_agents"("actor_key", "seq")`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_activities" DROP CONSTRAINT "pk_statement_activities",
       ADD CONSTRAINT "pk_statement_activities" PRIMARY KEY ("seq", "activity_id", "role")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_statement_activities_activity_id_seq" ON "statement_activities"("activity_id", "seq")`,
    );
  }
}
