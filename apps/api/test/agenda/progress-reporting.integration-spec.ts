import {
  aMeasure,
  aMeasureWithLateMilestone,
  aMember,
  aMilestone,
  aProject,
  aStatusReport,
  operatorOf,
} from '../support/factories';
import { aMeasureInput, CREATE_MEASURE } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';

const MEASURE = `query($id: ID!) { measure(id: $id) { version progress { value source } health { value computed expectedProgress }
  freshness { value daysSinceLastReport lastReportOn } latestStatusReport { reportDate trafficLight progress achieved authorName }
  milestones { id title version baselineDate forecastDate completedOn slippageDays state dueDate }
  indicators { id name baselineValue targetValue values { measuredOn value } } } }`;

describe('reporting progress', () => {
  const app = appPerBlock(async (t) => {
    const eif = await aProject(t);
    return { eif, admin: await aMember(t, eif, 'ADMIN', { name: 'Projektbüro Testkreis' }) };
  });
  /** The measure of the running test: each test reports on a measure of its own. */
  let measureId: string;

  beforeEach(async () => {
    // Scheduled over 2026: on 21 November (test "today") 89 % of the time has passed.
    const { createMeasure } = await app.admin.data(CREATE_MEASURE, {
      input: aMeasureInput(app.eif.id, { plannedStart: '2026-01-01', plannedEnd: '2026-12-31', status: 'IN_PROGRESS' }),
    });
    measureId = createMeasure.id;
  });

  const measure = async () => (await app.admin.data(MEASURE, { id: measureId })).measure;

  it('computes progress from weighted milestones and keeps it current', async () => {
    const create = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
    const a = (
      await app.admin.data(create, { input: { measureId, title: 'Vergabe', baselineDate: '2026-03-31', weight: 1 } })
    ).createMilestone;
    await app.admin.data(create, { input: { measureId, title: 'Pilot', baselineDate: '2026-12-15', weight: 3 } });
    expect((await measure()).progress).toEqual({ value: 0, source: 'MILESTONES' });

    const report = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { completedOn state slippageDays version } }`;
    const done = (await app.admin.data(report, { input: { id: a.id, version: a.version, completedOn: '2026-04-20' } }))
      .reportMilestone;
    expect(done).toMatchObject({ completedOn: '2026-04-20', state: 'COMPLETED', slippageDays: 20, version: 2 });
    const m = await measure();
    expect(m.progress).toEqual({ value: 25, source: 'MILESTONES' });
    // 89 % of the time has passed, 25 % is done: 64 points behind.
    expect(m.health).toEqual({ value: 'OFF_TRACK', computed: 'OFF_TRACK', expectedProgress: 89 });
  });

  it('takes the latest status report as the progress, with its date, until a milestone is reached after it', async () => {
    // a project of its own, so that its roll-up is this one measure's figures
    const own = await aProject(app.t);
    const operator = await operatorOf(app.t);
    const m = await aMeasure(app.t, own, {
      status: 'IN_PROGRESS',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
    });
    const first = await aMilestone(app.t, m, { title: 'Vergabe', baselineDate: '2026-03-31' });
    await aMilestone(app.t, m, { title: 'Pilot', baselineDate: '2026-12-15', weight: 4 });
    await aStatusReport(app.t, m, { trafficLight: 'YELLOW', progress: 45, reportDate: '2026-11-10' });
    const FIGURES = `query($id: ID!, $p: [ID!]) { measure(id: $id) { progress { value source reportedOn milestones } }
      portfolioSummary(filter: { modelProjectIds: $p }) { averageProgress } }`;
    expect(await operator.data(FIGURES, { id: m.id, p: [own.id] })).toEqual({
      measure: { progress: { value: 45, source: 'STATUS_REPORT', reportedOn: '2026-11-10', milestones: 0 } },
      portfolioSummary: { averageProgress: 45 },
    });

    await aMilestone(app.t, m, { title: 'Vorbereitung', baselineDate: '2026-11-01', completedOn: '2026-11-10' });
    expect((await operator.data(FIGURES, { id: m.id, p: [own.id] })).measure.progress.source).toBe('STATUS_REPORT');

    await operator.data(`mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id } }`, {
      input: { id: first.id, version: first.version, completedOn: '2026-11-20' },
    });
    expect(await operator.data(FIGURES, { id: m.id, p: [own.id] })).toEqual({
      measure: { progress: { value: 33, source: 'MILESTONES', reportedOn: null, milestones: 33 } },
      portfolioSummary: { averageProgress: 33 },
    });
  });

  it('leaves the open milestones of stopped and finished measures out of the overdue counts and the late list', async () => {
    const own = await aProject(app.t);
    const operator = await operatorOf(app.t);
    const running = await aMeasureWithLateMilestone(app.t, own);
    const stopped = await aMeasureWithLateMilestone(app.t, own, {}, { baselineDate: '2024-09-10' });
    const done = await aMeasureWithLateMilestone(app.t, own);
    for (const [m, status] of [
      [stopped, 'STOPPED'],
      [done, 'IMPLEMENTED'],
    ] as const) {
      const { version } = (await operator.data(`query($id: ID!) { measure(id: $id) { version } }`, { id: m.id }))
        .measure;
      await operator.data(
        `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { id } }`,
        { input: { id: m.id, version, status } },
      );
    }
    const { portfolioSummary, measures } = await operator.data(
      `query($p: [ID!]) { portfolioSummary(filter: { modelProjectIds: $p }) { overdueMilestones milestoneCount }
         measures(first: 10, filter: { modelProjectIds: $p, hasOverdueMilestone: true }) { nodes { id } } }`,
      { p: [own.id] },
    );
    expect(portfolioSummary).toEqual({ overdueMilestones: 1, milestoneCount: 3 });
    expect(measures.nodes).toEqual([{ id: running.id }]);
  });

  it('says why the health is what it is: the lag behind the schedule', async () => {
    await aStatusReport(app.t, { id: measureId }, { trafficLight: 'GREEN', progress: 50 }, app.admin);
    const { measure: m } = await app.admin.data(
      `query($id: ID!) { measure(id: $id) { health { value reason { rule expectedProgress progress lag overdueMilestone { id } } } } }`,
      { id: measureId },
    );
    expect(m.health).toEqual({
      value: 'OFF_TRACK',
      reason: { rule: 'PROGRESS_LAG', expectedProgress: 89, progress: 50, lag: 39, overdueMilestone: null },
    });
  });

  it('names the overdue milestone, and since when, when it made the health worse', async () => {
    const late = await aMeasureWithLateMilestone(
      app.t,
      app.eif,
      {},
      { title: 'Ausschreibung', baselineDate: '2026-08-01' },
    );
    await aStatusReport(app.t, late, { trafficLight: 'GREEN', progress: 90 }, app.admin);
    const { measure: m } = await app.admin.data(
      `query($id: ID!) { measure(id: $id) { health { value reason { rule overdueMilestoneDue overdueMilestoneDays
         overdueMilestone { id title } } } } }`,
      { id: late.id },
    );
    expect(m.health).toEqual({
      value: 'OFF_TRACK',
      reason: {
        rule: 'OVERDUE_MILESTONE',
        overdueMilestoneDue: '2026-08-01',
        overdueMilestoneDays: 112,
        overdueMilestone: { id: late.milestone.id, title: 'Ausschreibung' },
      },
    });
  });

  it('refuses a forecast in the past for an open milestone, with a stable reason', async () => {
    const create = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
    const refused = await app.admin.error(create, {
      input: { measureId, title: 'Pilot', baselineDate: '2026-12-15', forecastDate: '2026-11-20' },
    });
    expect(refused.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FORECAST_IN_PAST',
      field: 'input.forecastDate',
    });
    const open = (await app.admin.data(create, { input: { measureId, title: 'Pilot', baselineDate: '2026-12-15' } }))
      .createMilestone;
    const report = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { forecastDate version } }`;
    const again = await app.admin.error(report, {
      input: { id: open.id, version: open.version, forecastDate: '2026-11-01' },
    });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORECAST_IN_PAST' });
    // today is fine, and so is a past date for a milestone reported as reached at the same time
    expect(
      (await app.admin.data(report, { input: { id: open.id, version: open.version, forecastDate: '2026-11-21' } }))
        .reportMilestone,
    ).toEqual({ forecastDate: '2026-11-21', version: 2 });
    await app.admin.data(report, {
      input: { id: open.id, version: 2, forecastDate: '2026-11-01', completedOn: '2026-11-01' },
    });
  });

  it('records slippage of a forecast and marks an overdue milestone', async () => {
    const create = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version state } }`;
    const late = (
      await app.admin.data(create, { input: { measureId, title: 'Schnittstelle', baselineDate: '2026-10-01' } })
    ).createMilestone;
    expect(late.state).toBe('OVERDUE');
    const report = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { forecastDate slippageDays state dueDate } }`;
    const forecast = (
      await app.admin.data(report, { input: { id: late.id, version: late.version, forecastDate: '2026-12-10' } })
    ).reportMilestone;
    expect(forecast).toEqual({
      forecastDate: '2026-12-10',
      slippageDays: 70,
      state: 'DUE_SOON',
      dueDate: '2026-12-10',
    });
  });

  it('refuses a completion date in the future', async () => {
    await aMilestone(app.t, { id: measureId }, { title: 'Pilot', baselineDate: '2026-12-15' }, app.admin);
    const m = await measure();
    const open = m.milestones.find((x: { completedOn: string | null }) => !x.completedOn);
    const error = await app.admin.error(
      `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id } }`,
      {
        input: { id: open.id, version: open.version, completedOn: '2027-01-01' },
      },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedOn' });
  });

  it('files a status report that updates freshness and the latest report', async () => {
    const file = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id reportDate trafficLight progress version } }`;
    const { createStatusReport } = await app.admin.data(file, {
      input: {
        measureId,
        trafficLight: 'YELLOW',
        progress: 30,
        achieved: 'Vergabe abgeschlossen',
        nextSteps: 'Pilot vorbereiten',
        risks: 'Lieferzeiten',
      },
    });
    expect(createStatusReport).toMatchObject({
      reportDate: '2026-11-21',
      trafficLight: 'YELLOW',
      progress: 30,
      version: 1,
    });
    const m = await measure();
    expect(m.freshness).toEqual({ value: 'CURRENT', daysSinceLastReport: 0, lastReportOn: '2026-11-21' });
    expect(m.latestStatusReport).toMatchObject({
      trafficLight: 'YELLOW',
      achieved: 'Vergabe abgeschlossen',
      authorName: 'Projektbüro Testkreis',
    });
  });

  it('refuses a report dated in the future or with progress above 100', async () => {
    const file = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`;
    expect(
      await app.admin.errorCode(file, {
        input: { measureId, trafficLight: 'GREEN', progress: 10, reportDate: '2026-11-22' },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(await app.admin.errorCode(file, { input: { measureId, trafficLight: 'GREEN', progress: 101 } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await app.admin.errorCode(file, { input: { measureId, trafficLight: 'BLUE', progress: 10 } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('keeps indicator values exact and one per day', async () => {
    const { createIndicator } = await app.admin.data(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id baselineValue targetValue } }`,
      { input: { measureId, name: 'Nutzende', unit: 'Personen', baselineValue: '0', targetValue: '2500.25' } },
    );
    expect(createIndicator).toMatchObject({ baselineValue: '0', targetValue: '2500.25' });
    const record = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { values { measuredOn value } } }`;
    await app.admin.data(record, {
      input: { indicatorId: createIndicator.id, measuredOn: '2026-06-30', value: '120.1' },
    });
    const { recordIndicatorValue } = await app.admin.data(record, {
      input: { indicatorId: createIndicator.id, measuredOn: '2026-06-30', value: '125' },
    });
    expect(recordIndicatorValue.values).toEqual([{ measuredOn: '2026-06-30', value: '125' }]);
    expect(
      await app.admin.errorCode(record, {
        input: { indicatorId: createIndicator.id, measuredOn: '2026-07-01', value: '1,5' },
      }),
    ).toBe('BAD_USER_INPUT');
  });
});
