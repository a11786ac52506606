import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in limits in the database, so that every API instance on it counts the same attempts (decision 0054).
 * A key is `account:<e-mail>` or `address:<client address>`; each attempt is a row until its window ends or the
 * key is blocked, and a block is a row until it ends. Neither holds data any cached read shows.
 */
export class SignInLimits1796614779851 implements MigrationInterface {
  name = 'SignInLimits1796614779851';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_attempt (
        id bigserial PRIMARY KEY,
        key text NOT NULL,
        attempted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_attempt_key_idx ON sign_in_attempt (key, attempted_at)`);
    await q.query(`
      CREATE TABLE sign_in_block (
        key text PRIMARY KEY,
        blocked_until timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_block`);
    await q.query(`DROP TABLE sign_in_attempt`);
  }
}
