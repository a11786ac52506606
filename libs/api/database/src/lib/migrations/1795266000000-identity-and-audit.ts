import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, project roles, sessions, API tokens, measure assignees and the append-only audit history. */
export class IdentityAndAudit1795266000000 implements MigrationInterface {
  name = 'IdentityAndAudit1795266000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$'),
        display_name text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        is_platform_admin boolean NOT NULL DEFAULT false,
        disabled_at timestamptz,
        last_sign_in_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);

    await q.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ADMIN','EDITOR','COUNCIL','FUNDER')),
        territorial_unit_id uuid REFERENCES territorial_unit(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (user_id, model_project_id)
      )`);
    await q.query(`CREATE INDEX membership_project_idx ON membership (model_project_id, role)`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        token_hash bytea NOT NULL UNIQUE,
        token_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_on date,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_token_user_idx ON api_token (user_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE measure_assignee (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, user_id)
      )`);
    await q.query(`CREATE INDEX measure_assignee_user_idx ON measure_assignee (user_id, measure_id)`);

    await q.query(`ALTER TABLE status_report ADD COLUMN author_id uuid REFERENCES app_user(id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        transaction_id bigint NOT NULL DEFAULT txid_current(),
        actor_user_id uuid,
        actor_name text NOT NULL,
        model_project_id uuid,
        measure_id uuid,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE','UPDATE','DELETE')),
        before jsonb,
        after jsonb
      )`);
    await q.query(
      `CREATE INDEX audit_entry_measure_idx ON audit_entry (measure_id, id DESC) WHERE measure_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX audit_entry_project_idx ON audit_entry (model_project_id, id DESC)`);
    await q.query(`CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, id DESC)`);
    // Append-only: the history cannot be rewritten through the application's connection.
    await q.query(`
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_entry`);
    await q.query(`DROP FUNCTION IF EXISTS audit_entry_is_append_only()`);
    await q.query(`ALTER TABLE status_report DROP COLUMN IF EXISTS author_id`);
    for (const table of ['measure_assignee', 'api_token', 'user_session', 'membership', 'app_user']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
