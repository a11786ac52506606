import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project may ask search engines not to index its public pages (issue 16, decision 0073): `noindex` in its
 * publication settings. Off by default: the public site is meant to be found.
 */
export class ProjectNoindex1796750000000 implements MigrationInterface {
  name = 'ProjectNoindex1796750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project_publication ADD COLUMN noindex boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project_publication DROP COLUMN noindex`);
  }
}
