import { Clock } from '@masswerk/api/core';
import { ReminderRoundService } from '@masswerk/api/notifications';
import { aMeasure, aMember, aMilestone, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';

const SETTINGS = `query($id: ID!) { projectReminderSettings(modelProjectId: $id) {
  modelProjectId sendTime leadDays lastRoundOn kinds { kind enabled } } }`;
const UPDATE = `mutation($input: UpdateProjectReminderSettingsInput!) { updateProjectReminderSettings(input: $input) {
  sendTime leadDays kinds { kind enabled } } }`;
const MINE = `query($language: Language) { myNotifications(first: 50, language: $language) { nodes { kind title detail link } } }`;
const UPDATE_MEMBERSHIP = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role version } }`;

/** A moment of TEST_TODAY at a local time in Berlin (UTC+1 in November). */
const berlin = (time: string) => new Date(`${TEST_TODAY}T${time}:00+01:00`);

/**
 * What issue 15 adds to the reminder round (decision 0061): each project's send time, kinds and lead days; the
 * recipient's language; the notices of memberships, which nobody switches off.
 */
describe('reminder settings, languages and membership notices', () => {
  let t: TestApp;
  let round: ReminderRoundService;
  let clock: Clock;
  /** Sends at 07:30, without report reminders, 14 days ahead only. */
  let early: Project;
  /** Keeps the defaults. */
  let plain: Project;
  let office: Member;
  let plainOffice: Member;
  let editor: Member;

  const titles = async (person: Member, kind?: string, language?: string) =>
    ((await person.data(MINE, { language })).myNotifications.nodes as { kind: string; title: string }[])
      .filter((n) => !kind || n.kind === kind)
      .map((n) => n.title)
      .sort();
  const settingsOf = async (project: Project) =>
    (await office.data(SETTINGS, { id: project.id })).projectReminderSettings;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    round = t.app.get(ReminderRoundService);
    clock = t.app.get(Clock);
    early = await aProject(t);
    plain = await aProject(t);
    office = await aMember(t, early, 'ADMIN', { name: 'Büro Früh' });
    plainOffice = await aMember(t, plain, 'ADMIN', { name: 'Büro Normal' });
    editor = await aMember(t, early, 'EDITOR', { unit: early.members[0], name: 'Erika Editor' });
    // in both projects: an active measure of the project office without a report, a milestone due in 10 days
    for (const project of [early, plain]) {
      const measure = await aMeasure(t, project, { status: 'IN_PROGRESS', leadUnitId: project.members[1].id });
      await aMilestone(t, measure, { title: 'Zehn Tage', baselineDate: '2026-12-01' });
    }
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('shows the project office the defaults, and nobody else', async () => {
    expect(await settingsOf(early)).toEqual({
      modelProjectId: early.id,
      sendTime: '06:00',
      leadDays: [30, 7],
      lastRoundOn: null,
      kinds: expect.arrayContaining([{ kind: 'REPORT_DUE', enabled: true }]),
    });
    expect((await settingsOf(early)).kinds.map((k: { kind: string }) => k.kind)).not.toContain('MEMBERSHIP');
    const refused = await editor.request(SETTINGS, { id: early.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await office.request(SETTINGS, { id: plain.id });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses settings that are wrong, naming each field, and changes by others', async () => {
    const input = { modelProjectId: early.id, sendTime: '6 Uhr', disabledKinds: ['MEMBERSHIP'], leadDays: [0, 200] };
    const wrong = await office.request(UPDATE, { input });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((wrong.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field)).toEqual([
      'input.sendTime',
      'input.disabledKinds',
      'input.leadDays',
    ]);
    for (const leadDays of [[], [30, 14, 7, 1], [7, 7]]) {
      const refused = await office.request(UPDATE, {
        input: { ...input, sendTime: '07:00', disabledKinds: [], leadDays },
      });
      expect(refused.errors?.[0].extensions?.['field']).toBe('input.leadDays');
    }
    const quarter = await office.request(UPDATE, {
      input: { ...input, sendTime: '07:10', disabledKinds: [], leadDays: [7] },
    });
    expect(quarter.errors?.[0].extensions?.['field']).toBe('input.sendTime');
    const foreign = await editor.request(UPDATE, {
      input: { modelProjectId: early.id, sendTime: '07:00', disabledKinds: [], leadDays: [7] },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await settingsOf(early)).sendTime).toBe('06:00');
  });

  it('keeps what the project office sets, in the project history', async () => {
    const { updateProjectReminderSettings } = await office.data(UPDATE, {
      input: { modelProjectId: early.id, sendTime: '07:30', disabledKinds: ['REPORT_DUE'], leadDays: [14] },
    });
    expect(updateProjectReminderSettings).toMatchObject({ sendTime: '07:30', leadDays: [14] });
    expect(updateProjectReminderSettings.kinds).toContainEqual({ kind: 'REPORT_DUE', enabled: false });
    expect(updateProjectReminderSettings.kinds).toContainEqual({ kind: 'MILESTONE_DUE_SOON', enabled: true });
    const { rows } = await t.db.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'ProjectReminderSettings' AND model_project_id = $1`,
      [early.id],
    );
    expect(rows).toEqual([{ action: 'CREATE' }]);
  });

  it('runs each project’s round once a day when its send time has come, with its kinds and lead days', async () => {
    jest.spyOn(clock, 'now').mockReturnValue(berlin('07:00'));
    const seven = await round.run({ today: TEST_TODAY, scheduled: true });
    expect(seven.projects).toBe(1);
    // the plain project at 06:00: a report reminder and the milestone in its 30-day stage
    expect(await titles(plainOffice, 'MILESTONE_DUE_SOON')).toEqual([
      'Meilenstein „Zehn Tage“ ist in 10 Tagen fällig (01.12.2026)',
    ]);
    expect(await titles(plainOffice, 'REPORT_DUE')).toHaveLength(1);
    expect(await titles(office, 'MILESTONE_DUE_SOON')).toEqual([]);

    jest.spyOn(clock, 'now').mockReturnValue(berlin('07:45'));
    const later = await round.run({ today: TEST_TODAY, scheduled: true });
    expect(later.projects).toBe(1);
    // 14 days ahead only, and no report reminders in this project
    expect(await titles(office, 'MILESTONE_DUE_SOON')).toEqual([expect.stringMatching(/in 10 Tagen fällig/)]);
    expect(await titles(office, 'REPORT_DUE')).toEqual([]);
    const { rows } = await t.db.query(
      `SELECT stage FROM notification WHERE kind = 'MILESTONE_DUE_SOON' AND model_project_id = $1`,
      [early.id],
    );
    expect(rows).toEqual([{ stage: 'due-14' }]);
    expect((await settingsOf(early)).lastRoundOn).toBe(TEST_TODAY);

    jest.spyOn(clock, 'now').mockReturnValue(berlin('09:00'));
    expect((await round.run({ today: TEST_TODAY, scheduled: true })).projects).toBe(0);
    // by hand, every project, as often as asked (each reminder once still)
    const byHand = await round.run({ today: TEST_TODAY });
    expect(byHand).toMatchObject({ projects: 2, created: 0 });
  });

  it('tells the new member and the project office of a membership, and nobody can switch it off', async () => {
    const newcomer = await aMember(t, early, 'COUNCIL', { name: 'Nora Neu' });
    expect(await titles(newcomer, 'MEMBERSHIP')).toEqual([
      `Sie sind jetzt Kreistag / Lenkungsgruppe im Projekt „${early.name}“`,
    ]);
    expect(await titles(office, 'MEMBERSHIP')).toContain(
      `Nora Neu ist jetzt Kreistag / Lenkungsgruppe im Projekt „${early.name}“`,
    );
    expect((await titles(plainOffice, 'MEMBERSHIP')).some((title) => title.includes('Nora Neu'))).toBe(false);

    // a new role is noticed again; a new municipality alone is not
    await office.data(UPDATE_MEMBERSHIP, {
      input: {
        id: newcomer.membership.id,
        version: newcomer.membership.version,
        role: 'EDITOR',
        territorialUnitId: early.members[1].id,
      },
    });
    expect(await titles(newcomer, 'MEMBERSHIP')).toContain(
      `Sie sind jetzt Maßnahmenverantwortliche im Projekt „${early.name}“`,
    );
    await office.data(UPDATE_MEMBERSHIP, {
      input: {
        id: newcomer.membership.id,
        version: newcomer.membership.version + 1,
        territorialUnitId: early.members[0].id,
      },
    });
    expect(await titles(newcomer, 'MEMBERSHIP')).toHaveLength(2);

    const refused = await newcomer.request(
      `mutation { setReminderEnabled(kind: MEMBERSHIP, enabled: false) { kind } }`,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { myReminderSettings } = await newcomer.data(`{ myReminderSettings { kind } }`);
    expect(myReminderSettings.map((s: { kind: string }) => s.kind)).not.toContain('MEMBERSHIP');

    // the next round of the project mails them in the digest
    const next = await round.run({ today: '2026-11-22' });
    const mail = next.mails.find((m) => m.to === newcomer.user.email);
    expect(mail?.items).toContain(`Sie sind jetzt Kreistag / Lenkungsgruppe im Projekt „${early.name}“`);
  });

  it('writes to each person in their language, and shows the list in the language asked for', async () => {
    const { setMyLanguage } = await editor.data(`mutation { setMyLanguage(language: EN) { language } }`);
    expect(setMyLanguage.language).toBe('EN');
    expect((await editor.data(`{ viewer { user { language } } }`)).viewer.user.language).toBe('EN');
    // the editor's own notice of joining, now in English, and in German when the dashboard asks for it
    expect(await titles(editor, 'MEMBERSHIP')).toEqual([
      `You are now responsible for measures in the project “${early.name}”`,
    ]);
    expect(await titles(editor, 'MEMBERSHIP', 'DE')).toEqual([
      `Sie sind jetzt Maßnahmenverantwortliche im Projekt „${early.name}“`,
    ]);
    // the digest in English: the milestone (its 14-day stage, as the project says) of a measure led by her municipality
    const measure = await aMeasure(t, early, { status: 'IN_PROGRESS', leadUnitId: early.members[0].id });
    await aMilestone(t, measure, { title: 'Abnahme', baselineDate: '2026-12-04' });
    await t.db.query(`UPDATE mail_outbox SET created_at = created_at - interval '1 day' WHERE to_address = $1`, [
      editor.user.email,
    ]);
    const result = await round.run({ today: '2026-11-23' });
    const mail = result.mails.find((m) => m.to === editor.user.email);
    expect(mail?.subject).toMatch(/^Maßwerk: \d+ new reminders?$/);
    expect(mail?.items).toContain('Milestone “Abnahme” is due in 11 days (4 Dec 2026)');
    const { rows } = await t.db.query(`SELECT body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC`, [
      editor.user.email,
    ]);
    expect(rows[0].body).toContain('Hello Erika Editor,');
    // people who keep German read German
    expect(await titles(office, 'MEMBERSHIP')).toContain(
      `Erika Editor ist jetzt Maßnahmenverantwortliche im Projekt „${early.name}“`,
    );
  });

  it('changes the language only of oneself and only to one it knows', async () => {
    const wrong = await office.request(
      `mutation($language: Language!) { setMyLanguage(language: $language) { language } }`,
      {
        language: 'FR',
      },
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { projectMembers } = await office.data(
      `query($id: ID!) { projectMembers(modelProjectId: $id) { user { displayName language } } }`,
      { id: early.id },
    );
    expect(projectMembers).toContainEqual({ user: { displayName: 'Erika Editor', language: null } });
  });
});
