import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A measure's identifier (EIF-M07) names it everywhere: in links, exports, council papers. It is fixed when the
 * measure is created, starts with the code of its model project, and is unique across all projects, so that
 * `measureByCode` finds exactly one. Refuses to run, naming them, if identifiers are already shared.
 */
export class MeasureCodeUnique1796198684838 implements MigrationInterface {
  name = 'MeasureCodeUnique1796198684838';

  async up(q: QueryRunner): Promise<void> {
    const shared: { code: string }[] = await q.query(
      `SELECT code FROM measure GROUP BY code HAVING count(*) > 1 ORDER BY code LIMIT 20`,
    );
    if (shared.length) {
      throw new Error(
        `Measure identifiers used by more than one model project: ${shared.map((r) => r.code).join(', ')}. ` +
          `Rename all but one of each before migrating.`,
      );
    }
    await q.query(`CREATE UNIQUE INDEX measure_code_key ON measure (code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX measure_code_key`);
  }
}
