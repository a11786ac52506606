import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and in-app notifications (issue 15, decision 0059). A notification is one reminder for one person; the
 * unique key (person, kind, subject, stage) makes each reminder go out once however often the daily round runs, on
 * however many instances. `mail_id` ties it to the digest mail that carried it, for the record of what was delivered.
 * Opt-outs are per person and kind. Mails that failed wait for `next_attempt_at` (backoff) before the next try.
 */
export class Notifications1796623427434 implements MigrationInterface {
  name = 'Notifications1796623427434';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        model_project_id uuid REFERENCES model_project(id) ON DELETE CASCADE,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        stage text NOT NULL,
        title text NOT NULL,
        detail text NOT NULL,
        link text NOT NULL,
        due_on date,
        read_at timestamptz,
        mail_id uuid REFERENCES mail_outbox(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_once UNIQUE (user_id, kind, subject_id, stage)
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notification_project_idx ON notification (model_project_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE notification_opt_out (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN next_attempt_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN next_attempt_at`);
    await q.query(`DROP TABLE notification_opt_out`);
    await q.query(`DROP TABLE notification`);
  }
}
