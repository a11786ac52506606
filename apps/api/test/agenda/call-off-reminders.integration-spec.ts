import { ReminderRoundService } from '@masswerk/api/notifications';
import { aGrant, aMember, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';

const MINE = `{ myNotifications(first: 50) { nodes { kind title detail link dueOn } } }`;
const CREATE = `mutation($input: CreateCallOffInput!) { createCallOff(input: $input) { id version status requestedOn } }`;
const UPDATE = `mutation($input: UpdateCallOffInput!) { updateCallOff(input: $input) { id version status requestedOn } }`;

/**
 * Planned call-offs of funds (issue 15, decision 0068): a call-off the project office only plans is a draft on the day
 * it is to be requested; the office is reminded before that day and after it while it is still a draft, in its
 * calendar too; a call-off requested ends its reminders, and a submitted or paid one never had any.
 */
describe('call-off reminders', () => {
  let t: TestApp;
  let round: ReminderRoundService;
  let eif: Project;
  let admin: Member;
  let editor: Member;
  let funder: Member;
  let soon: { id: string; version: number };

  const mine = async (person: Member) =>
    ((await person.data(MINE)).myNotifications.nodes as { kind: string; title: string; detail: string }[])
      .filter((n) => n.kind.startsWith('CALL_OFF'))
      .map((n) => `${n.kind}: ${n.title} | ${n.detail}`)
      .sort();

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    round = t.app.get(ReminderRoundService);
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro' });
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0] });
    funder = await aMember(t, eif, 'FUNDER');
    const grant = await aGrant(t, eif, { phase: 'B', eligibleCosts: '1000000.00', commitmentDate: '2024-06-10' });
    const callOff = (fields: Record<string, unknown>) =>
      admin.data(CREATE, {
        input: {
          grantId: grant.id,
          amount: '12345.67',
          periodStart: '2026-07-01',
          periodEnd: '2026-12-31',
          ...fields,
        },
      });
    // TEST_TODAY is 21 November 2026: one planned in 7 days, one planned a week ago and not requested
    soon = (await callOff({ requestedOn: '2026-11-28', status: 'DRAFT', reference: 'MA-B-7' })).createCallOff;
    await callOff({ requestedOn: '2026-11-14', status: 'DRAFT', amount: '500.00' });
    // requested and paid ones are not reminded of
    await callOff({ requestedOn: '2026-11-25', status: 'SUBMITTED' });
    await callOff({ requestedOn: '2026-11-20', status: 'PAID', paidOn: '2026-11-21' });
    await t.db.query(`DELETE FROM notification WHERE kind = 'MEMBERSHIP'`);
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('reminds the project office of planned call-offs before their day and after it, and nobody else', async () => {
    await round.run({ today: TEST_TODAY });
    expect(await mine(admin)).toEqual([
      'CALL_OFF_DUE_SOON: Mittelabruf „MA-B-7“ ist am 28.11.2026 zu stellen | Phase B, 12.345,67 € · ' + eif.name,
      'CALL_OFF_LATE: Mittelabruf war am 14.11.2026 zu stellen und ist noch nicht gestellt | Phase B, 500,00 € · ' +
        eif.name,
    ]);
    expect(await mine(editor)).toEqual([]);
    expect(await mine(funder)).toEqual([]);
    const { rows } = await t.db.query(
      `SELECT link, due_on::text AS due FROM notification WHERE kind = 'CALL_OFF_DUE_SOON'`,
    );
    expect(rows).toEqual([{ link: `/projekte/${eif.code}/finanzen`, due: '2026-11-28' }]);
  });

  it('writes the reminders in the reader’s language', async () => {
    const { myNotifications } = await admin.data(
      `{ myNotifications(first: 50, language: EN) { nodes { kind title detail } } }`,
    );
    const soonText = myNotifications.nodes.find((n: { kind: string }) => n.kind === 'CALL_OFF_DUE_SOON');
    expect(soonText).toEqual({
      kind: 'CALL_OFF_DUE_SOON',
      title: 'Call-off “MA-B-7” is to be requested on 28 Nov 2026',
      detail: `Phase B, €12,345.67 · ${eif.name}`,
    });
  });

  it('puts planned call-offs in the calendar of the project office and the funder', async () => {
    for (const person of [admin, funder]) {
      const { renewCalendarFeed } = await person.data(`mutation { renewCalendarFeed { url } }`);
      const ics = await (await fetch(`${t.baseUrl}${new URL(renewCalendarFeed.url).pathname}`)).text();
      expect(ics).toContain('SUMMARY:Mittelabruf MA-B-7 Phase B: ');
      expect(ics).toContain('DTSTART;VALUE=DATE:20261128');
      expect(ics).toContain('SUMMARY:Mittelabruf Phase B (überfällig): ');
      // the requested and paid ones are not deadlines any more
      expect(ics).not.toContain('DTSTART;VALUE=DATE:20261125');
    }
    const { renewCalendarFeed } = await editor.data(`mutation { renewCalendarFeed { url } }`);
    const ics = await (await fetch(`${t.baseUrl}${new URL(renewCalendarFeed.url).pathname}`)).text();
    expect(ics).not.toContain('Mittelabruf');
  });

  it('ends the reminders once the call-off is requested, and reminds again of one moved to another day', async () => {
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM notification`)).rows[0].n);
    // the late one is moved to 1 December: its own day gets its own reminder
    const { rows } = await t.db.query(
      `SELECT id, version FROM call_off WHERE status = 'DRAFT' AND amount_cents = 50000`,
    );
    await admin.data(UPDATE, { input: { id: rows[0].id, version: rows[0].version, requestedOn: '2026-12-01' } });
    // the one due on 28 November is requested today
    const { updateCallOff } = await admin.data(UPDATE, {
      input: { id: soon.id, version: soon.version, status: 'SUBMITTED', requestedOn: TEST_TODAY },
    });
    expect(updateCallOff).toMatchObject({ status: 'SUBMITTED', requestedOn: TEST_TODAY });
    const result = await round.run({ today: '2026-11-29' });
    expect(result.created).toBe(1);
    const { rows: created } = await t.db.query(
      `SELECT kind, due_on::text AS due FROM notification ORDER BY created_at DESC, id LIMIT 1`,
    );
    expect(created).toEqual([{ kind: 'CALL_OFF_DUE_SOON', due: '2026-12-01' }]);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM notification`)).rows[0].n)).toBe(before + 1);
  });

  it('lets the project office switch the kind off for its project', async () => {
    const { projectReminderSettings } = await admin.data(
      `{ projectReminderSettings(modelProjectId: "${eif.id}") { kinds { kind enabled } } }`,
    );
    expect(projectReminderSettings.kinds).toEqual(
      expect.arrayContaining([
        { kind: 'CALL_OFF_DUE_SOON', enabled: true },
        { kind: 'CALL_OFF_LATE', enabled: true },
      ]),
    );
    await admin.data(
      `mutation { updateProjectReminderSettings(input: { modelProjectId: "${eif.id}", sendTime: "06:00",
         leadDays: [30, 7], disabledKinds: [CALL_OFF_DUE_SOON, CALL_OFF_LATE] }) { leadDays } }`,
    );
    await t.db.query(`UPDATE call_off SET requested_on = '2026-12-20' WHERE status = 'DRAFT'`);
    expect((await round.run({ today: '2026-12-15' })).created).toBe(0);
  });
});
