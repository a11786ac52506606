import { MigrationInterface, QueryRunner } from 'typeorm';
import { cacheEpochTriggers } from '../cache-epoch-triggers';

/**
 * Invitations to a project (decision 0040): a membership is offered, not imposed; it exists once the invited person
 * accepts. And the outbox of every mail Maßwerk sends (kept without SMTP, for the platform administrator to read).
 */
export class InvitationsAndOutbox1796593372458 implements MigrationInterface {
  name = 'InvitationsAndOutbox1796593372458';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
        display_name text NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
        role text NOT NULL CHECK (role IN ('ADMIN','EDITOR','COUNCIL','FUNDER')),
        territorial_unit_id uuid REFERENCES territorial_unit(id),
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED','REVOKED')),
        expires_at timestamptz NOT NULL,
        answered_at timestamptz,
        user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'PENDING') = (answered_at IS NULL))
      )`);
    await q.query(`CREATE INDEX invitation_project_idx ON invitation (model_project_id, created_at DESC)`);
    await q.query(`CREATE INDEX invitation_email_idx ON invitation (email) WHERE status = 'PENDING'`);
    for (const sql of cacheEpochTriggers('invitation', 'project')) await q.query(sql);

    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 320),
        subject text NOT NULL,
        body text NOT NULL,
        kind text NOT NULL,
        model_project_id uuid REFERENCES model_project(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text
      )`);
    await q.query(`CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX mail_outbox_waiting_idx ON mail_outbox (created_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE invitation`);
  }
}
