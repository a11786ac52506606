import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a measure's spending departs from its cost plan (issue 14, decision 0066): the Sachbericht states the deviation
 * of plan and actual per measure, and the funder wants the reason beside it. Free text, kept by the editors with the
 * measure (in its history); empty when there is nothing to explain.
 */
export class BudgetDeviationReason1796710000000 implements MigrationInterface {
  name = 'BudgetDeviationReason1796710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE measure ADD COLUMN budget_deviation_reason text NOT NULL DEFAULT ''
         CHECK (length(budget_deviation_reason) <= 2000)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE measure DROP COLUMN budget_deviation_reason`);
  }
}
