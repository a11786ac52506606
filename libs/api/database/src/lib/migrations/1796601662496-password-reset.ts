import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links to set a new password, sent by a platform administrator (decision 0048). Only the SHA-256 of the
 * secret is stored; a link works once, for 24 hours, and a newer one replaces it.
 */
export class PasswordReset1796601662496 implements MigrationInterface {
  name = 'PasswordReset1796601662496';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        requested_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset`);
  }
}
