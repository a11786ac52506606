import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal calendar feeds (decision 0058): one per person, its secret stored as a SHA-256 hash like API tokens.
 * Deleting the account deletes its feed. The table holds nothing any cached read shows.
 */
export class CalendarFeeds1796622595157 implements MigrationInterface {
  name = 'CalendarFeeds1796622595157';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}
