import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rates and caps come from the programme a model project is funded by, not from a programme code in the code
 * (decision 0032): `model_project.funding_programme_id`, set for every existing project to the programme its grants
 * were recorded under, else to the only programme there was (MPSC-436). A grant carries the programme of its project.
 * One programme is the default (`is_default`, seeded for MPSC-436): a project created without naming one gets it,
 * through the column default, so inserts that predate the column keep working.
 *
 * Phase A funds the strategy work (writing the strategy, the project office) and up to a part of its cap for first
 * implementation measures (decision 0033): `measure.strategy_work` marks the former; only Phase A measures can be
 * strategy work.
 */
export class ProgrammePerProjectAndStrategyWork1796218663277 implements MigrationInterface {
  name = 'ProgrammePerProjectAndStrategyWork1796218663277';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE funding_programme ADD COLUMN is_default boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE UNIQUE INDEX funding_programme_one_default ON funding_programme (is_default) WHERE is_default`,
    );
    await q.query(`
      UPDATE funding_programme SET is_default = true
       WHERE id = (SELECT id FROM funding_programme ORDER BY (code = 'MPSC-436') DESC, created_at LIMIT 1)`);
    await q.query(`
      CREATE FUNCTION default_funding_programme() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT id FROM funding_programme WHERE is_default
      $$`);
    await q.query(
      `ALTER TABLE model_project ADD COLUMN funding_programme_id uuid REFERENCES funding_programme(id) ON DELETE RESTRICT`,
    );
    await q.query(`
      UPDATE model_project p
         SET funding_programme_id = coalesce(
               (SELECT g.programme_id FROM "grant" g WHERE g.model_project_id = p.id ORDER BY g.phase LIMIT 1),
               default_funding_programme())`);
    await q.query(`ALTER TABLE model_project ALTER COLUMN funding_programme_id SET NOT NULL`);
    await q.query(
      `ALTER TABLE model_project ALTER COLUMN funding_programme_id SET DEFAULT default_funding_programme()`,
    );
    await q.query(`CREATE INDEX model_project_programme_idx ON model_project (funding_programme_id)`);
    await q.query(`
      UPDATE "grant" g SET programme_id = p.funding_programme_id
        FROM model_project p WHERE p.id = g.model_project_id AND g.programme_id <> p.funding_programme_id`);

    await q.query(`ALTER TABLE measure ADD COLUMN strategy_work boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE measure ADD CONSTRAINT measure_strategy_work_phase_a CHECK (NOT strategy_work OR phase = 'A')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE measure DROP COLUMN strategy_work`);
    await q.query(`ALTER TABLE model_project DROP COLUMN funding_programme_id`);
    await q.query(`DROP FUNCTION default_funding_programme()`);
    await q.query(`ALTER TABLE funding_programme DROP COLUMN is_default`);
  }
}
