import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders per project and in the recipient's language (issue 15, decision 0061). A project's office sets the local
 * time of its daily round (null: the installation's `REMINDER_TIME`), the kinds it does not want and its lead days; `last_round_on` records the day its round
 * last ran, so that a round every quarter hour handles each project once a day, after its time. A person has a
 * language (German unless they choose English). Notifications keep the parameters their texts are made of, so that
 * they are read in the reader's language; the German text stays as written, for notifications without parameters.
 */
export class ReminderSettingsAndLanguage1796634280252 implements MigrationInterface {
  name = 'ReminderSettingsAndLanguage1796634280252';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_reminder_settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL UNIQUE REFERENCES model_project(id) ON DELETE CASCADE,
        send_time text CHECK (send_time ~ '^([01][0-9]|2[0-3]):(00|15|30|45)$'),
        disabled_kinds text[] NOT NULL DEFAULT '{}' CHECK (NOT ('MEMBERSHIP' = ANY(disabled_kinds))),
        lead_days integer[] NOT NULL DEFAULT '{30,7}'
          CHECK (cardinality(lead_days) BETWEEN 1 AND 3 AND 1 <= ALL(lead_days) AND 180 >= ALL(lead_days)),
        last_round_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en'))`,
    );
    await q.query(`ALTER TABLE notification ADD COLUMN params jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN params`);
    await q.query(`ALTER TABLE app_user DROP COLUMN language`);
    await q.query(`DROP TABLE project_reminder_settings`);
  }
}
