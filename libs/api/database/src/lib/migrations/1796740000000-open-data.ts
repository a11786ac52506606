import { MigrationInterface, QueryRunner } from 'typeorm';
import { cacheEpochTriggers } from '../cache-epoch-triggers';

/**
 * Open data in DCAT-AP.de (issue 16, decision 0069): a project's open-data settings, a row of their own like its
 * reminder settings (decision 0061). Without a row a project is not open data: publishing is a decision the project
 * office takes, never a default. The licence is one of a fixed list (`OpenDataLicence` in the shared domain library);
 * the contact address is the dataset's `dcat:contactPoint` (an office's address, not a person's).
 */
export class OpenData1796740000000 implements MigrationInterface {
  name = 'OpenData1796740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_open_data_settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL UNIQUE REFERENCES model_project(id) ON DELETE CASCADE,
        enabled boolean NOT NULL DEFAULT false,
        licence text NOT NULL DEFAULT 'DL_DE_BY_2_0'
          CHECK (licence IN ('DL_DE_BY_2_0', 'DL_DE_ZERO_2_0', 'CC_BY_4_0', 'CC0_1_0')),
        contact_email text CHECK (contact_email ~ '^[^\\s@]+@[^\\s@]+$' AND length(contact_email) <= 320),
        first_enabled_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const sql of cacheEpochTriggers('project_open_data_settings', 'project')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE project_open_data_settings`);
  }
}
