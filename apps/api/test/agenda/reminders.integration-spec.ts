import { ReminderRoundService } from '@masswerk/api/notifications';
import {
  aGrant,
  aMeasure,
  aMember,
  aMilestone,
  aProject,
  assign,
  aStatusReport,
  Member,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';

const MINE = `{ unreadNotificationCount myNotifications(first: 50) { totalCount nodes { id kind title detail link dueOn } } }`;

/**
 * The daily reminder round (issue 15, decision 0059), on a world of its own: who is reminded of what, each reminder
 * once, one digest mail per person and day, opt-outs, the bell and the project office's record.
 */
describe('reminders', () => {
  let t: TestApp;
  let round: ReminderRoundService;
  let eif: Project;
  let admin: Member;
  let editor: Member;
  let assignee: Member;
  let council: Member;
  /** The measures' codes, as the project numbers them. */
  let r1: string;
  let r2: string;
  let r3: string;

  const kindsOf = async (person: Member) =>
    ((await person.data(MINE)).myNotifications.nodes as { kind: string; title: string }[])
      .map((n) => `${n.kind}: ${n.title}`)
      .sort();
  const count = async (sql: string) => Number((await t.db.query(sql)).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    round = t.app.get(ReminderRoundService);
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro' });
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0], name: 'Gemeinde A' });
    assignee = await aMember(t, eif, 'EDITOR', { unit: eif.members[2], name: 'Zuständig' });
    council = await aMember(t, eif, 'COUNCIL');

    // led by the editor's municipality, reported on last week, a milestone due in 7 days (TEST_TODAY is 21 November)
    const led = await aMeasure(t, eif, { status: 'IN_PROGRESS', leadUnitId: eif.members[0].id });
    await aMilestone(t, led, { title: 'Lastenheft', baselineDate: '2026-11-28' });
    await aStatusReport(t, led, { reportDate: '2026-11-14' });
    r1 = led.code;
    // assigned to someone: a milestone 20 days late and never a report
    const assigned = await assign(t, await aMeasure(t, eif, { status: 'IN_PROGRESS', leadUnitId: eif.members[1].id }), [
      assignee.user.id,
    ]);
    await aMilestone(t, assigned, { title: 'Pilotbetrieb', baselineDate: '2026-11-01' });
    await aMilestone(t, assigned, { title: 'Ausbau', baselineDate: '2027-06-01' });
    r2 = assigned.code;
    // nobody in its municipality: the project office is asked, for a report and for a plan ahead
    r3 = (await aMeasure(t, eif, { status: 'PLANNING', leadUnitId: eif.members[1].id })).code;
    // an idea: nobody reports on it yet
    await aMeasure(t, eif, { status: 'IDEA', leadUnitId: eif.members[0].id });
    // the Verwendungsnachweis of Phase B (5 years 6 months after the commitment) is due on 10 December
    await aGrant(t, eif, { phase: 'B', eligibleCosts: '1000000.00', commitmentDate: '2021-06-10' });
    // the notices of the memberships just made have their own spec (reminder-settings.integration-spec.ts)
    await t.db.query(`DELETE FROM notification WHERE kind = 'MEMBERSHIP'`);
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('reminds each person of what they answer for, and the council of nothing', async () => {
    const result = await round.run({ today: TEST_TODAY });
    expect(result.created).toBe(6);
    expect(await kindsOf(editor)).toEqual([
      'MILESTONE_DUE_SOON: Meilenstein „Lastenheft“ ist in 7 Tagen fällig (28.11.2026)',
    ]);
    expect(await kindsOf(assignee)).toEqual([
      'MILESTONE_LATE: Meilenstein „Pilotbetrieb“ ist seit 20 Tagen überfällig',
      `REPORT_DUE: Statusbericht fällig: noch kein Bericht zu ${r2}`,
    ]);
    expect(await kindsOf(admin)).toEqual([
      `NO_UPCOMING_MILESTONE: Kein offener Meilenstein in den nächsten zwölf Monaten: ${r3}`,
      'PROOF_DUE_SOON: Verwendungsnachweis Phase B ist am 10.12.2026 fällig',
      `REPORT_DUE: Statusbericht fällig: noch kein Bericht zu ${r3}`,
    ]);
    expect(await kindsOf(council)).toEqual([]);
    const first = (await editor.data(MINE)).myNotifications.nodes[0];
    expect(first).toMatchObject({ link: `/projekte/${eif.code}/massnahmen/${r1}`, dueOn: '2026-11-28' });
    expect(first.detail).toContain(eif.name);
  });

  it('puts everything of a person in one digest mail, with links to the pages that resolve it', async () => {
    const { rows } = await t.db.query(
      `SELECT to_address, subject, body FROM mail_outbox WHERE kind = 'REMINDER_DIGEST' ORDER BY to_address`,
    );
    expect(rows.map((r) => r.to_address).sort()).toEqual(
      [admin.user.email, assignee.user.email, editor.user.email].sort(),
    );
    const toAdmin = rows.find((r) => r.to_address === admin.user.email);
    expect(toAdmin.subject).toBe('Maßwerk: 3 neue Erinnerungen');
    expect(toAdmin.body).toContain('Guten Tag Projektbüro,');
    expect(toAdmin.body).toContain(`${t.config.publicOrigin}/projekte/${eif.code}/finanzen`);
    expect(toAdmin.body).toContain(`${t.config.publicOrigin}/konto`);
  });

  it('sends each reminder once however often the round runs, also several rounds at once', async () => {
    const before = await count(`SELECT count(*) AS n FROM notification`);
    const mails = await count(`SELECT count(*) AS n FROM mail_outbox`);
    const again = await Promise.all([1, 2, 3].map(() => round.run({ today: TEST_TODAY })));
    expect(again.map((r) => r.created)).toEqual([0, 0, 0]);
    expect(await count(`SELECT count(*) AS n FROM notification`)).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM mail_outbox`)).toBe(mails);
  });

  it('sends the next stage when its day comes, mailing it no sooner than a day after the last digest', async () => {
    // 29 November: Lastenheft is a day late
    const result = await round.run({ today: '2026-11-29' });
    // … and the measure has no open milestone ahead any more
    expect(result.created).toBe(2);
    expect(result.mails).toEqual([]);
    expect(await kindsOf(editor)).toContain('MILESTONE_LATE: Meilenstein „Lastenheft“ ist seit 1 Tag überfällig');
    // a day later the reminder that waited goes out in the next digest
    await t.db.query(
      `UPDATE mail_outbox SET created_at = created_at - interval '1 day' WHERE kind = 'REMINDER_DIGEST'`,
    );
    const next = await round.run({ today: '2026-11-30' });
    expect(next.mails).toEqual([
      {
        to: editor.user.email,
        subject: 'Maßwerk: 2 neue Erinnerungen',
        items: [
          'Meilenstein „Lastenheft“ ist seit 1 Tag überfällig',
          `Kein offener Meilenstein in den nächsten zwölf Monaten: ${r1}`,
        ],
      },
    ]);
  });

  it('reports what a dry run would send and writes nothing', async () => {
    const before = await count(`SELECT count(*) AS n FROM notification`);
    const mails = await count(`SELECT count(*) AS n FROM mail_outbox`);
    const dry = await round.run({ today: '2026-12-06', dryRun: true });
    expect(dry.dryRun).toBe(true);
    // Lastenheft's 7-day notice (since 5 December) and the proof's 7-day reminder (since 3 December)
    expect(dry.created).toBe(2);
    // the editor had a digest within the day: only the project office would get one
    expect(dry.mails.map((m) => m.to)).toEqual([admin.user.email]);
    expect(await count(`SELECT count(*) AS n FROM notification`)).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM mail_outbox`)).toBe(mails);
  });

  it('leaves out the kinds a person switched off', async () => {
    const { setReminderEnabled } = await assignee.data(
      `mutation { setReminderEnabled(kind: MILESTONE_LATE, enabled: false) { kind enabled } }`,
    );
    expect(setReminderEnabled).toContainEqual({ kind: 'MILESTONE_LATE', enabled: false });
    expect(setReminderEnabled).toContainEqual({ kind: 'REPORT_DUE', enabled: true });
    // 7 December: Pilotbetrieb is 36 days late (still the 7-day stage) …; 8 December: 37 days, the next notice
    await round.run({ today: '2026-12-08' });
    expect((await kindsOf(assignee)).filter((k) => k.includes('37 Tagen'))).toEqual([]);
    await assignee.data(`mutation { setReminderEnabled(kind: MILESTONE_LATE, enabled: true) { kind } }`);
    await round.run({ today: '2026-12-08' });
    expect(await kindsOf(assignee)).toContain(
      'MILESTONE_LATE: Meilenstein „Pilotbetrieb“ ist seit 37 Tagen überfällig',
    );
  });

  it('counts the unread in the bell and marks only one’s own read', async () => {
    const { unreadNotificationCount, myNotifications } = await admin.data(MINE);
    expect(unreadNotificationCount).toBeGreaterThan(0);
    const foreign = (await editor.data(MINE)).myNotifications.nodes[0].id;
    const own = myNotifications.nodes[0].id;
    const marked = await admin.data(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, {
      ids: [own, foreign],
    });
    expect(marked.markNotificationsRead).toBe(1);
    expect((await admin.data(MINE)).unreadNotificationCount).toBe(unreadNotificationCount - 1);
    expect(
      (await editor.data(`{ myNotifications(first: 50, unreadOnly: true) { totalCount } }`)).myNotifications.totalCount,
    ).toBeGreaterThan(0);
    await admin.data(`mutation { markNotificationsRead }`);
    expect((await admin.data(MINE)).unreadNotificationCount).toBe(0);
  });

  it('shows the project office the record of reminders, with their delivery, and nobody else', async () => {
    const LOG = `query($id: ID!) { projectReminderLog(modelProjectId: $id, first: 100) {
      totalCount nodes { recipientName kind title delivery readAt } } }`;
    const { projectReminderLog } = await admin.data(LOG, { id: eif.id });
    expect(projectReminderLog.totalCount).toBe(
      await count(`SELECT count(*) AS n FROM notification WHERE model_project_id = '${eif.id}'`),
    );
    expect(projectReminderLog.nodes).toContainEqual(
      expect.objectContaining({ recipientName: 'Gemeinde A', kind: 'MILESTONE_DUE_SOON', delivery: 'QUEUED' }),
    );
    for (const person of [editor, council]) {
      const refused = await person.request(LOG, { id: eif.id });
      expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
  });
});
