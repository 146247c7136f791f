import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERDF operations, their dated money figures, the indicator catalogue, the
 * indicators each operation reports (with its baseline, milestone and target)
 * and the values entered by hand for manual indicators (spec section 6). The
 * catalogue is seeded with the three indicators the spec names.
 */
export class Operations1795760000000 implements MigrationInterface {
  name = 'Operations1795760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "operations" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "programme_cci" text NOT NULL, "programme_title" text NOT NULL, "fund" text NOT NULL, "priority_axis" text NOT NULL, "specific_objective" text NOT NULL, "beneficiary" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_operations_dates" CHECK (end_date >= start_date), CONSTRAINT "ck_operations_fund" CHECK (fund IN ('ERDF', 'ESF', 'ESF+', 'CF', 'JTF')), CONSTRAINT "pk_operations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_operations_code" ON "operations"("code")`);

    await queryRunner.query(
      `CREATE TABLE "operation_figures" ("id" BIGSERIAL NOT NULL, "operation_id" uuid NOT NULL, "kind" text NOT NULL, "amount" numeric(14,2) NOT NULL, "as_of" date NOT NULL, "source" text, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by" uuid NOT NULL, CONSTRAINT "ck_operation_figures_amount" CHECK (amount >= 0 AND (kind <> 'cofinancing_rate' OR amount <= 100)), CONSTRAINT "ck_operation_figures_kind" CHECK (kind IN ('total_cost', 'eligible_cost', 'declared_expenditure', 'certified_expenditure', 'cofinancing_rate', 'eu_support_committed', 'eu_support_paid')), CONSTRAINT "pk_operation_figures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_operation_figures_operation_id_kind_as_of" ON "operation_figures"("operation_id", "kind", "as_of")`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_figures" ADD CONSTRAINT "fk_operation_figures_operation_id" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "indicator_definitions" ("code" text NOT NULL, "type" text NOT NULL, "name_ca" text NOT NULL, "name_es" text NOT NULL, "name_en" text NOT NULL, "unit" text NOT NULL, "aggregation_rule" text NOT NULL, "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_indicator_definitions_aggregation_rule" CHECK (aggregation_rule IN ('cumulative_distinct', 'annual_distinct', 'manual')), CONSTRAINT "ck_indicator_definitions_type" CHECK (type IN ('output', 'result')), CONSTRAINT "pk_indicator_definitions" PRIMARY KEY ("code"))`,
    );

    await queryRunner.query(
      `CREATE TABLE "operation_indicators" ("operation_id" uuid NOT NULL, "indicator_code" text NOT NULL, "baseline_value" numeric(14,2), "baseline_year" integer, "milestone_value" numeric(14,2), "milestone_year" integer, "target_value" numeric(14,2), "target_year" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_operation_indicators_pairs" CHECK ((baseline_value IS NULL) = (baseline_year IS NULL) AND (milestone_value IS NULL) = (milestone_year IS NULL) AND (target_value IS NULL) = (target_year IS NULL)), CONSTRAINT "pk_operation_indicators" PRIMARY KEY ("operation_id", "indicator_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_operation_indicators_indicator_code" ON "operation_indicators"("indicator_code")`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_indicators" ADD CONSTRAINT "fk_operation_indicators_operation_id" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_indicators" ADD CONSTRAINT "fk_operation_indicators_indicator_code" FOREIGN KEY ("indicator_code") REFERENCES "indicator_definitions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "indicator_manual_values" ("id" BIGSERIAL NOT NULL, "operation_id" uuid NOT NULL, "indicator_code" text NOT NULL, "as_of" date NOT NULL, "value" numeric(14,2) NOT NULL, "value_woman" numeric(14,2), "value_man" numeric(14,2), "value_non_binary" numeric(14,2), "value_unknown" numeric(14,2), "source" text NOT NULL, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by" uuid NOT NULL, CONSTRAINT "ck_indicator_manual_values_by_sex" CHECK (value >= 0 AND ((value_woman IS NULL AND value_man IS NULL AND value_non_binary IS NULL AND value_unknown IS NULL) OR (value_woman >= 0 AND value_man >= 0 AND value_non_binary >= 0 AND value_unknown >= 0 AND value_woman + value_man + value_non_binary + value_unknown = value))), CONSTRAINT "pk_indicator_manual_values" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_manual_values_operation_indicator" ON "indicator_manual_values"("operation_id", "indicator_code", "as_of")`,
    );
    // Through the link, not to operations and the catalogue separately: a
    // value can only be entered for an indicator the operation reports.
    await queryRunner.query(
      `ALTER TABLE "indicator_manual_values" ADD CONSTRAINT "fk_indicator_manual_values_operation_indicator" FOREIGN KEY ("operation_id", "indicator_code") REFERENCES "operation_indicators"("operation_id","indicator_code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    for (const indicator of SEED_INDICATORS) {
      await queryRunner.query(
        `INSERT INTO "indicator_definitions" ("code", "type", "name_ca", "name_es", "name_en", "unit", "aggregation_rule", "notes") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        indicator,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_manual_values" DROP CONSTRAINT "fk_indicator_manual_values_operation_indicator"`,
    );
    await queryRunner.query(`DROP INDEX "ix_indicator_manual_values_operation_indicator"`);
    await queryRunner.query(`DROP TABLE "indicator_manual_values"`);
    await queryRunner.query(
      `ALTER TABLE "operation_indicators" DROP CONSTRAINT "fk_operation_indicators_indicator_code"`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_indicators" DROP CONSTRAINT "fk_operation_indicators_operation_id"`,
    );
    await queryRunner.query(`DROP INDEX "ix_operation_indicators_indicator_code"`);
    await queryRunner.query(`DROP TABLE "operation_indicators"`);
    await queryRunner.query(`DROP TABLE "indicator_definitions"`);
    await queryRunner.query(
      `ALTER TABLE "operation_figures" DROP CONSTRAINT "fk_operation_figures_operation_id"`,
    );
    await queryRunner.query(`DROP INDEX "ix_operation_figures_operation_id_kind_as_of"`);
    await queryRunner.query(`DROP TABLE "operation_figures"`);
    await queryRunner.query(`DROP INDEX "ux_operations_code"`);
    await queryRunner.query(`DROP TABLE "operations"`);
  }
}

/**
 * Spec section 6, as it stood when this migration was written; later edits
 * are made by admins through the API. English names are the spec's; E024 and
 * RCO14 are output indicators, RCR11 a result indicator.
 * [code, type, name_ca, name_es, name_en, unit, aggregation_rule, notes]
 */
const SEED_INDICATORS: string[][] = [
  [
    'E024',
    'output',
    "Usuaris que tenen accés o estan coberts per aplicacions/serveis d'administració electrònica",
    'Usuarios que tienen acceso o están cubiertos por aplicaciones/servicios de administración electrónica',
    'Users with access to or covered by e-government applications/services',
    'users',
    'cumulative_distinct',
    "Spain, ERDF 2014-2020, programme-specific; confirm the code against the operation's grant conditions.",
  ],
  [
    'RCO14',
    'output',
    'Institucions públiques que reben suport per desenvolupar serveis, productes i processos digitals',
    'Instituciones públicas que reciben apoyo para desarrollar servicios, productos y procesos digitales',
    'Public institutions supported to develop digital services, products and processes',
    'institutions',
    'manual',
    'ERDF 2021-2027 common output indicator.',
  ],
  [
    'RCR11',
    'result',
    'Usuaris de serveis, productes i processos digitals públics nous i millorats',
    'Usuarios de servicios, productos y procesos digitales públicos nuevos y mejorados',
    'Users of new and upgraded public digital services, products and processes',
    'users/year',
    'annual_distinct',
    'ERDF 2021-2027 common result indicator; distinct users within each calendar year, never summed across years.',
  ],
];
