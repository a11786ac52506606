import {
  aCostPlanEntry,
  aMeasure,
  aMember,
  aMilestone,
  anExpenditure,
  aProject,
  asOperator,
  assign,
  aStatusReport,
  costCategories,
  Member,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { ReminderRoundService } from '@masswerk/api/notifications';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';
import { download, pdfText, readWorkbook, sessionOf } from '../reporting/downloads';

const ROUND_FIELDS = `id name status measureCount reportedCount lateCount version openedOn closedOn dueDate`;
const OPEN = `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($input: CloseReportingRoundInput!) { closeReportingRound(input: $input) { ${ROUND_FIELDS} } }`;
const ROUND = `query($id: ID!) { reportingRound(id: $id) { ${ROUND_FIELDS}
  measures { measureId code title status progress health healthReason responsible state planned spent
             report { reportDate trafficLight progress achieved } milestones { title baselineDate forecastDate completedOn }
             indicators { name } }
  changes { previousRoundName statusMoves { code from to } slippedMilestones { code title before after days }
            moneyMoves { code spentBefore spentAfter } added { code } removed { code } } } }`;
const SESSIONS = `query($code: String!) { councilSessions(projectCode: $code) {
  id body bodyName sessionDate agendaItem resolutionReference oparlUrl reportingRoundId reportingRoundName } }`;
const CREATE_SESSION = `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id reportingRoundName } }`;
const MINE = `{ myNotifications(first: 50) { nodes { kind title link dueOn } } }`;

const exportsOf = (code: string, id: string) => ({
  xlsx: `/api/exports/projects/${code}/rounds/${id}/round.xlsx`,
  narrative: `/api/exports/projects/${code}/rounds/${id}/narrative-report.pdf`,
  briefing: `/api/exports/projects/${code}/rounds/${id}/council-briefing.pdf`,
});

/**
 * Reporting rounds and council sessions (issue 15, decision 0060): a round asks the responsible people for reports,
 * shows who has reported, and freezes a snapshot when it closes that later changes do not touch; its exports are
 * made from the snapshot; a council session records which briefing a body was given.
 */
describe('reporting rounds', () => {
  let t: TestApp;
  let eif: Project;
  let admin: Member;
  let editor: Member;
  let assignee: Member;
  let council: Member;
  let funder: Member;
  let led: { id: string; code: string; version: number };
  let assigned: { id: string; code: string; version: number };
  let milestone: { id: string; version: number };
  let firstRound: { id: string; version: number };
  let category: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro' });
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0], name: 'Gemeinde A' });
    assignee = await aMember(t, eif, 'EDITOR', { unit: eif.members[2], name: 'Zuständige Person' });
    council = await aMember(t, eif, 'COUNCIL');
    funder = await aMember(t, eif, 'FUNDER');
    led = await aMeasure(t, eif, { status: 'IN_PROGRESS', leadUnitId: eif.members[0].id });
    milestone = await aMilestone(t, led, { title: 'Lastenheft', baselineDate: '2026-12-15' });
    assigned = await assign(t, await aMeasure(t, eif, { status: 'PLANNING', leadUnitId: eif.members[1].id }), [
      assignee.user.id,
    ]);
    await aMeasure(t, eif, { status: 'IDEA', leadUnitId: eif.members[0].id });
    category = Object.values(await costCategories(t))[0].id;
    await aCostPlanEntry(t, led, { year: 2026, costCategoryId: category, planned: '10000.00' });
    await anExpenditure(t, led, { costCategoryId: category, amount: '2500.00', spentOn: '2026-11-02' });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  const roundInput = (fields: Record<string, unknown> = {}) => ({
    modelProjectId: eif.id,
    name: 'Halbjahresbericht 2026/2',
    periodStart: '2026-07-01',
    periodEnd: '2026-12-31',
    dueDate: '2026-12-15',
    ...fields,
  });

  it('opens a round of the active measures and asks the people responsible for each', async () => {
    const { openReportingRound } = await admin.data(OPEN, { input: roundInput() });
    firstRound = { id: openReportingRound.id, version: openReportingRound.version };
    expect(openReportingRound).toMatchObject({
      status: 'OPEN',
      measureCount: 2,
      reportedCount: 0,
      openedOn: TEST_TODAY,
    });
    const asked = async (person: Member) =>
      ((await person.data(MINE)).myNotifications.nodes as { kind: string; title: string; link: string }[]).filter(
        (n) => n.kind === 'ROUND_REPORT_REQUESTED',
      );
    expect((await asked(editor)).map((n) => n.title)).toEqual([
      `Statusbericht erbeten bis 15.12.2026: ${led.code} (Halbjahresbericht 2026/2)`,
    ]);
    expect((await asked(editor))[0].link).toBe(`/projekte/${eif.code}/massnahmen/${led.code}`);
    expect((await asked(assignee)).map((n) => n.title)).toEqual([
      `Statusbericht erbeten bis 15.12.2026: ${assigned.code} (Halbjahresbericht 2026/2)`,
    ]);
    expect(await asked(council)).toEqual([]);
  });

  it('refuses clumsy and foreign requests with stable codes, writing nothing', async () => {
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM reporting_round`)).rows[0].n);
    expect(await editor.errorCode(OPEN, { input: roundInput({ name: 'Andere' }) })).toBe('FORBIDDEN');
    const past = await admin.error(OPEN, { input: roundInput({ name: 'Alt', dueDate: '2026-11-01' }) });
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueDate' });
    const taken = await admin.error(OPEN, { input: roundInput({ name: 'halbjahresbericht 2026/2' }) });
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CODE_TAKEN' });
    const other = await aProject(t);
    const foreign = await aMeasure(t, other, { status: 'IN_PROGRESS', leadUnitId: other.members[0].id });
    const wrong = await admin.error(OPEN, { input: roundInput({ name: 'Fremd', measureIds: [foreign.id] }) });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_REFERENCE' });
    const backwards = await admin.error(OPEN, { input: roundInput({ name: 'Rückwärts', periodEnd: '2026-01-01' }) });
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM reporting_round`)).rows[0].n)).toBe(before);
    // clumsy addresses: not an id, an unknown id, an unknown project
    expect(await admin.errorCode(ROUND, { id: 'kein-uuid' })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(ROUND, { id: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
    expect(await admin.errorCode(SESSIONS, { code: 'X'.repeat(500) })).toBe('NOT_FOUND');
    const outsider = await aMember(t, other, 'ADMIN');
    expect(await outsider.errorCode(ROUND, { id: firstRound.id })).toBe('FORBIDDEN');
  });

  it('shows who has reported and who has not, and reminds only those', async () => {
    await aStatusReport(
      t,
      led,
      { reportDate: TEST_TODAY, trafficLight: 'YELLOW', progress: 40, achieved: 'Lastenheft im Entwurf' },
      editor,
    );
    const { reportingRound } = await council.data(ROUND, { id: firstRound.id });
    expect(reportingRound.reportedCount).toBe(1);
    const byCode = new Map(reportingRound.measures.map((m: { code: string }) => [m.code, m]));
    expect(byCode.get(led.code)).toMatchObject({ state: 'REPORTED', report: { trafficLight: 'YELLOW', progress: 40 } });
    expect(byCode.get(assigned.code)).toMatchObject({
      state: 'OUTSTANDING',
      report: null,
      responsible: ['Zuständige Person'],
    });

    const { remindReportingRound } = await admin.data(`mutation($id: ID!) { remindReportingRound(id: $id) }`, {
      id: firstRound.id,
    });
    expect(remindReportingRound).toBe(1);
    expect(
      (await admin.data(`mutation($id: ID!) { remindReportingRound(id: $id) }`, { id: firstRound.id }))
        .remindReportingRound,
    ).toBe(0);
    expect(await editor.errorCode(`mutation($id: ID!) { remindReportingRound(id: $id) }`, { id: firstRound.id })).toBe(
      'FORBIDDEN',
    );

    const open = await download(t, exportsOf(eif.code, firstRound.id).briefing, await sessionOf(t, council.user));
    expect(open.status).toBe(409);
    expect(open.json()).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_OPEN' });
  });

  it('reminds in the daily round a week before the due day and after it, only of the reports still outstanding', async () => {
    const round = t.app.get(ReminderRoundService);
    const asked = async (person: Member) =>
      ((await person.data(MINE)).myNotifications.nodes as { kind: string; title: string }[])
        .filter((n) => n.kind === 'ROUND_REPORT_REQUESTED')
        .map((n) => n.title);
    await round.run({ today: '2026-12-08' });
    await round.run({ today: '2026-12-16' });
    await round.run({ today: '2026-12-16' });
    expect(await asked(assignee)).toEqual(
      expect.arrayContaining([
        `Statusbericht erbeten bis 15.12.2026: ${assigned.code} (Halbjahresbericht 2026/2)`,
        `Statusbericht überfällig seit 15.12.2026: ${assigned.code} (Halbjahresbericht 2026/2)`,
      ]),
    );
    // the opening request, the one by hand ("Säumige erinnern"), 7 days before and the day after: each once
    expect(await asked(assignee)).toHaveLength(4);
    // the editor reported: only the request of the opening
    expect(await asked(editor)).toHaveLength(1);
  });

  it('freezes the snapshot on closing: later changes leave the round and its exports as they were', async () => {
    expect(await editor.errorCode(CLOSE, { input: firstRound })).toBe('FORBIDDEN');
    const { closeReportingRound } = await admin.data(CLOSE, { input: firstRound });
    expect(closeReportingRound).toMatchObject({ status: 'CLOSED', closedOn: TEST_TODAY, reportedCount: 1 });
    expect(
      (await admin.error(CLOSE, { input: { id: firstRound.id, version: closeReportingRound.version } })).extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_CLOSED' });

    const frozen = (await council.data(ROUND, { id: firstRound.id })).reportingRound;
    const ledThen = frozen.measures.find((m: { code: string }) => m.code === led.code);
    expect(ledThen).toMatchObject({
      status: 'IN_PROGRESS',
      planned: '10000.00',
      spent: '2500.00',
      report: { achieved: 'Lastenheft im Entwurf' },
      milestones: [{ title: 'Lastenheft', baselineDate: '2026-12-15', forecastDate: null, completedOn: null }],
    });
    expect(ledThen.healthReason).toBeTruthy();
    const session = await sessionOf(t, council.user);
    const files = exportsOf(eif.code, firstRound.id);
    const before = await Promise.all([
      download(t, files.xlsx, session),
      download(t, files.narrative, session),
      download(t, files.briefing, session),
    ]);
    for (const file of before) expect(file.status).toBe(200);

    // the world moves on: the milestone slips, money is spent, the status changes, the other measure is deleted
    await asOperator(t, 'reportMilestone', {
      id: milestone.id,
      version: milestone.version,
      forecastDate: '2027-02-01',
    });
    await anExpenditure(t, led, { costCategoryId: category, amount: '1000.00', spentOn: TEST_TODAY });
    await t.db.query(`UPDATE measure SET status = 'STOPPED' WHERE id = $1`, [led.id]);
    await t.db.query(`UPDATE measure SET title = 'Umbenannt' WHERE id = $1`, [assigned.id]);

    expect((await council.data(ROUND, { id: firstRound.id })).reportingRound).toEqual(frozen);
    const after = await Promise.all([
      download(t, files.xlsx, session),
      download(t, files.narrative, session),
      download(t, files.briefing, session),
    ]);
    expect(pdfText(after[1].body).text).toBe(pdfText(before[1].body).text);
    expect(pdfText(after[2].body).text).toBe(pdfText(before[2].body).text);
    expect(after[2].body.equals(before[2].body)).toBe(true);
    const sheetOf = async (body: Buffer) =>
      (await readWorkbook(body))
        .getWorksheet('Maßnahmen')
        ?.getSheetValues()
        .map((row) => JSON.stringify(row));
    const rowsBefore = await sheetOf(before[0].body);
    expect(rowsBefore?.length).toBeGreaterThan(3);
    expect(await sheetOf(after[0].body)).toEqual(rowsBefore);
    expect(pdfText(before[1].body).text).toContain('Lastenheft im Entwurf');
  });

  it('compares a closed round with the previous one: status moves, slipped milestones, money', async () => {
    const { openReportingRound } = await admin.data(OPEN, {
      input: roundInput({ name: 'Jahresbericht 2026', measureIds: [led.id, assigned.id] }),
    });
    await admin.data(CLOSE, { input: { id: openReportingRound.id, version: openReportingRound.version } });
    const { reportingRound } = await council.data(ROUND, { id: openReportingRound.id });
    expect(reportingRound.changes).toMatchObject({
      previousRoundName: 'Halbjahresbericht 2026/2',
      statusMoves: [{ code: led.code, from: 'IN_PROGRESS', to: 'STOPPED' }],
      slippedMilestones: [{ code: led.code, title: 'Lastenheft', before: '2026-12-15', after: '2027-02-01', days: 48 }],
      moneyMoves: [{ code: led.code, spentBefore: '2500.00', spentAfter: '3500.00' }],
      added: [],
      removed: [],
    });
    expect((await council.data(ROUND, { id: firstRound.id })).reportingRound.changes).toBeNull();
  });

  it('leaves out a measure deleted while the round is open, and closes without it', async () => {
    const gone = await aMeasure(t, eif, { status: 'IN_PROGRESS', leadUnitId: eif.members[0].id });
    const { openReportingRound } = await admin.data(OPEN, {
      input: roundInput({ name: 'Mit Lücke', measureIds: [led.id, gone.id] }),
    });
    await t.db.query(`DELETE FROM measure WHERE id = $1`, [gone.id]);
    const open = (await council.data(ROUND, { id: openReportingRound.id })).reportingRound;
    expect(open.measureCount).toBe(1);
    expect(open.measures.map((m: { code: string }) => m.code)).toEqual([led.code]);
    const { closeReportingRound } = await admin.data(CLOSE, {
      input: { id: openReportingRound.id, version: openReportingRound.version },
    });
    expect(closeReportingRound.measureCount).toBe(1);
    const closed = (await council.data(ROUND, { id: openReportingRound.id })).reportingRound;
    expect(closed.measures.map((m: { code: string }) => m.code)).toEqual([led.code]);
  });

  it('records the council session a closed round was shown at; the council reads it and its briefing', async () => {
    const { openReportingRound: open } = await admin.data(OPEN, { input: roundInput({ name: 'Noch offen' }) });
    const refused = await admin.error(CREATE_SESSION, {
      input: { reportingRoundId: open.id, body: 'KREISTAG', sessionDate: '2026-12-10' },
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROUND_OPEN' });
    const badUrl = await admin.error(CREATE_SESSION, {
      input: {
        reportingRoundId: firstRound.id,
        body: 'KREISTAG',
        sessionDate: '2026-12-10',
        oparlUrl: 'javascript:alert(1)',
      },
    });
    expect(badUrl.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await council.errorCode(CREATE_SESSION, {
        input: { reportingRoundId: firstRound.id, body: 'KREISTAG', sessionDate: '2026-12-10' },
      }),
    ).toBe('FORBIDDEN');
    const { createCouncilSession } = await admin.data(CREATE_SESSION, {
      input: {
        reportingRoundId: firstRound.id,
        body: 'KREISTAG',
        sessionDate: '2026-12-10',
        agendaItem: 'TOP 7: Sachstand Digitale Agenda',
        resolutionReference: 'KT/2026/112',
        oparlUrl: 'https://ris.example.org/oparl/v1/paper/112',
      },
    });
    expect(createCouncilSession.reportingRoundName).toBe('Halbjahresbericht 2026/2');
    const { councilSessions } = await council.data(SESSIONS, { code: eif.code });
    expect(councilSessions).toEqual([
      expect.objectContaining({ agendaItem: 'TOP 7: Sachstand Digitale Agenda', reportingRoundId: firstRound.id }),
    ]);
    const files = exportsOf(eif.code, firstRound.id);
    expect((await download(t, files.briefing, await sessionOf(t, council.user))).status).toBe(200);
    expect((await download(t, files.briefing, await sessionOf(t, funder.user))).status).toBe(200);
    expect((await download(t, files.briefing, await sessionOf(t, editor.user))).status).toBe(403);
    expect(
      (
        await download(
          t,
          exportsOf(eif.code, '00000000-0000-0000-0000-000000000000').briefing,
          await sessionOf(t, council.user),
        )
      ).status,
    ).toBe(404);
    const deleted = await admin.error(`mutation($id: ID!, $v: Int!) { deleteReportingRound(id: $id, version: $v) }`, {
      id: firstRound.id,
      v: 2,
    });
    expect(deleted.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_CLOSED' });
  });
});
