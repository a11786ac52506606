import { MigrationInterface, QueryRunner } from 'typeorm';
import { cacheEpochTriggers } from '../cache-epoch-triggers';

/**
 * The public face of a measure is released, not live (issue 16, decision 0070):
 * - `project_publication`: which groups of fields a project makes public (default conservative: texts, status and
 *   milestones);
 * - `measure_release`: the released public version of a measure, as JSON made by `publicMeasure`, and when and by
 *   whom; none: not public;
 * - `public_change`: the public change log of a project, one line per release or withdrawal, naming the parts that
 *   changed and nothing internal.
 */
export class PublicReleases1796730000000 implements MigrationInterface {
  name = 'PublicReleases1796730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_publication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL UNIQUE REFERENCES model_project(id) ON DELETE CASCADE,
        public_groups text[] NOT NULL DEFAULT '{TEXTS,STATUS,MILESTONES}'
          CHECK (public_groups <@ ARRAY['TEXTS','STATUS','PROGRESS','MILESTONES','INDICATORS','MONEY']),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE measure_release (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        measure_id uuid NOT NULL UNIQUE REFERENCES measure(id) ON DELETE CASCADE,
        content jsonb NOT NULL,
        released_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX measure_release_project ON measure_release (model_project_id)`);
    await q.query(`
      CREATE TABLE public_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        measure_code text NOT NULL,
        measure_title text NOT NULL,
        action text NOT NULL CHECK (action IN ('RELEASED', 'WITHDRAWN')),
        parts text[] NOT NULL DEFAULT '{}',
        -- the moment of the row, not of its transaction: a release of many measures logs them in order
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX public_change_project ON public_change (model_project_id, created_at DESC, id DESC)`);
    for (const table of ['project_publication', 'measure_release', 'public_change'])
      for (const sql of cacheEpochTriggers(table, 'project')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_change`);
    await q.query(`DROP TABLE measure_release`);
    await q.query(`DROP TABLE project_publication`);
  }
}
