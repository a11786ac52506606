import { MailService } from '@masswerk/api/mail';
import { JobsService, ReminderRoundService } from '@masswerk/api/notifications';
import { aMeasure, aMember, aMilestone, aProject, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** A world with one reminder due: a milestone of an idea of the project office, due in a week (TEST_TODAY + 7). */
async function aWorldWithAReminder(t: TestApp): Promise<void> {
  const project = await aProject(t);
  await aMember(t, project, 'ADMIN');
  await aMilestone(t, await aMeasure(t, project, { status: 'IDEA' }), { baselineDate: '2026-11-28' });
}

const until = async (check: () => Promise<boolean>, what: string, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/** The scheduled jobs on pg-boss in the same PostgreSQL (decision 0059). */
describe('jobs', () => {
  describe('with jobs on', () => {
    let t: TestApp;
    beforeAll(async () => {
      // every project's round is due from midnight: the scheduled round runs whatever the time of the test
      t = await startTestApp({ demo: false, env: { JOBS: 'true', REMINDER_TIME: '00:00' } });
      await aWorldWithAReminder(t);
    }, WORLD_TIMEOUT);
    afterAll(() => t.close());

    it('keeps its queues and schedules in the database and runs the reminder round at start and when queued', async () => {
      const { rows: schedules } = await t.db.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
      expect(schedules).toEqual([
        { name: 'mail-delivery', cron: '* * * * *', timezone: 'UTC' },
        { name: 'reminder-round', cron: '*/15 * * * *', timezone: 'Europe/Berlin' },
      ]);
      // The round at start may have handled the project (once for the day) while the world was being built, and may
      // still be running: wait for it to finish, or it may mark the project done after the reset below.
      const roundsDone = async () =>
        (await t.db.query(`SELECT state FROM pgboss.job WHERE name = 'reminder-round'`)).rows.every(
          (job) => job.state === 'completed' || job.state === 'failed',
        );
      await until(roundsDone, 'the round at start to finish');
      await t.db.query(`UPDATE project_reminder_settings SET last_round_on = NULL`);
      await t.app.get(JobsService).queueRound();
      await until(
        async () =>
          (await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE kind <> 'MEMBERSHIP'`)).rows[0].n > 0,
        'the round',
      );
      const { rows } = await t.db.query(`SELECT kind, stage FROM notification WHERE kind <> 'MEMBERSHIP'`);
      expect(rows).toEqual([{ kind: 'MILESTONE_DUE_SOON', stage: 'due-7' }]);
      await until(
        async () =>
          (await t.db.query(`SELECT state FROM pgboss.job WHERE name = 'reminder-round'`)).rows.every(
            (job) => job.state === 'completed',
          ),
        'the jobs to complete',
      );
    }, 150_000);
  });

  describe('mail delivery that fails', () => {
    let t: TestApp;
    beforeAll(async () => {
      // nothing listens on port 9 (discard) here: every attempt fails at once
      t = await startTestApp({ demo: false, env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
      await aWorldWithAReminder(t);
    }, WORLD_TIMEOUT);
    afterAll(() => t.close());

    it('records the failure and waits before the next attempt (backoff), losing nothing', async () => {
      await t.app.get(ReminderRoundService).run();
      const mail = t.app.get(MailService);
      await mail.deliverPending();
      const attempt = async () =>
        (
          await t.db.query(
            `SELECT attempts, last_error IS NOT NULL AS failed, next_attempt_at > now() AS waits, sent_at FROM mail_outbox WHERE kind = 'REMINDER_DIGEST'`,
          )
        ).rows;
      await until(async () => (await attempt())[0]?.attempts === 1, 'the first attempt');
      expect(await attempt()).toEqual([{ attempts: 1, failed: true, waits: true, sent_at: null }]);
      await mail.deliverPending();
      expect((await attempt())[0].attempts).toBe(1);
      // once the wait is over, the next delivery tries again
      await t.db.query(
        `UPDATE mail_outbox SET next_attempt_at = now() - interval '1 second' WHERE kind = 'REMINDER_DIGEST'`,
      );
      await mail.deliverPending();
      expect((await attempt())[0]).toMatchObject({ attempts: 2, waits: true });
    });
  });
});
