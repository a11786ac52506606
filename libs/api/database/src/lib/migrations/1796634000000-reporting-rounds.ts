import { MigrationInterface, QueryRunner } from 'typeorm';
import { cacheEpochTriggers } from '../cache-epoch-triggers';

/**
 * Reporting rounds and council sessions (issue 15, decision 0060). A round asks for a status report on each of its
 * measures by a due day; closing it freezes a snapshot of every measure (`reporting_round_measure.snapshot`) and the
 * council briefing of the day (`reporting_round.briefing`), so that what a body was shown can be read and printed again
 * as it was. A measure deleted later keeps its snapshot (`measure_id` becomes null, the code stays).
 * A council session names the body, the day, the agenda item and the resolution, and the closed round it was shown.
 */
export class ReportingRounds1796634000000 implements MigrationInterface {
  name = 'ReportingRounds1796634000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reporting_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        period_start date NOT NULL,
        period_end date NOT NULL,
        due_date date NOT NULL,
        opened_on date NOT NULL,
        opened_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        closed_on date,
        closed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        briefing jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (period_end >= period_start),
        CHECK (due_date >= opened_on),
        CHECK ((closed_on IS NULL) = (briefing IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX reporting_round_name_key ON reporting_round (model_project_id, lower(name))`);
    await q.query(`CREATE INDEX reporting_round_open_idx ON reporting_round (due_date) WHERE closed_on IS NULL`);
    await q.query(`
      CREATE TABLE reporting_round_measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES reporting_round(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        measure_id uuid REFERENCES measure(id) ON DELETE SET NULL,
        measure_code text NOT NULL,
        snapshot jsonb,
        UNIQUE (round_id, measure_id)
      )`);
    await q.query(`CREATE INDEX reporting_round_measure_measure_idx ON reporting_round_measure (measure_id)`);
    await q.query(`
      CREATE TABLE council_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (body IN ('KREISTAG','AUSSCHUSS','LENKUNGSGRUPPE')),
        body_name text NOT NULL DEFAULT '' CHECK (length(body_name) <= 200),
        session_date date NOT NULL,
        agenda_item text NOT NULL DEFAULT '' CHECK (length(agenda_item) <= 500),
        resolution_reference text NOT NULL DEFAULT '' CHECK (length(resolution_reference) <= 200),
        oparl_url text CHECK (oparl_url ~ '^https?://' AND length(oparl_url) <= 2000),
        reporting_round_id uuid NOT NULL REFERENCES reporting_round(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX council_session_project_idx ON council_session (model_project_id, session_date DESC)`);
    for (const table of ['reporting_round', 'reporting_round_measure', 'council_session'])
      for (const sql of cacheEpochTriggers(table, 'project')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE council_session`);
    await q.query(`DROP TABLE reporting_round_measure`);
    await q.query(`DROP TABLE reporting_round`);
  }
}
