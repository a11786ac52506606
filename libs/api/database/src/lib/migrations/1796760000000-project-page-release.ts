import { MigrationInterface, QueryRunner } from 'typeorm';
import { cacheEpochTriggers } from '../cache-epoch-triggers';

/**
 * A project's own page is released like its measures (issue 16, decision 0075):
 * - `project_release`: the released public page of a project (strategy, fields of action with goals, programme and
 *   phases), as JSON; none: the public site shows only what its released measures tell;
 * - `public_change.subject`: a line of the change log is about a measure or about the project's page;
 * - a new group of measure fields a project can make public, `REPORTS` (the public part of the latest status reports).
 */
export class ProjectPageRelease1796760000000 implements MigrationInterface {
  name = 'ProjectPageRelease1796760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_release (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL UNIQUE REFERENCES model_project(id) ON DELETE CASCADE,
        content jsonb NOT NULL,
        released_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE public_change
        ADD COLUMN subject text NOT NULL DEFAULT 'MEASURE' CHECK (subject IN ('MEASURE', 'PROJECT_PAGE'))`);
    await q.query(`ALTER TABLE project_publication DROP CONSTRAINT project_publication_public_groups_check`);
    await q.query(`
      ALTER TABLE project_publication ADD CONSTRAINT project_publication_public_groups_check
        CHECK (public_groups <@ ARRAY['TEXTS','STATUS','PROGRESS','MILESTONES','INDICATORS','MONEY','REPORTS'])`);
    for (const sql of cacheEpochTriggers('project_release', 'project')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE project_publication SET public_groups = array_remove(public_groups, 'REPORTS')`);
    await q.query(`ALTER TABLE project_publication DROP CONSTRAINT project_publication_public_groups_check`);
    await q.query(`
      ALTER TABLE project_publication ADD CONSTRAINT project_publication_public_groups_check
        CHECK (public_groups <@ ARRAY['TEXTS','STATUS','PROGRESS','MILESTONES','INDICATORS','MONEY'])`);
    await q.query(`DELETE FROM public_change WHERE subject = 'PROJECT_PAGE'`);
    await q.query(`ALTER TABLE public_change DROP COLUMN subject`);
    await q.query(`DROP TABLE project_release`);
  }
}
