import { aMember, aMilestone, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { aMeasureInput, CREATE_MEASURE } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const MEASURE = `query($id: ID!) { measure(id: $id) { version progress { value source } health { value computed expectedProgress }
  freshness { value daysSinceLastReport lastReportOn } latestStatusReport { reportDate trafficLight progress achieved authorName }
  milestones { id title version baselineDate forecastDate completedOn slippageDays state dueDate }
  indicators { id name baselineValue targetValue values { measuredOn value } } } }`;

describe('reporting progress', () => {
  let t: TestApp;
  let admin: Member;
  let eif: Project;
  /** The measure of the running test: each test reports on a measure of its own. */
  let measureId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro Testkreis' });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  beforeEach(async () => {
    // Scheduled over 2026: on 21 November (test "today") 89 % of the time has passed.
    const { createMeasure } = await admin.data(CREATE_MEASURE, {
      input: aMeasureInput(eif.id, { plannedStart: '2026-01-01', plannedEnd: '2026-12-31', status: 'IN_PROGRESS' }),
    });
    measureId = createMeasure.id;
  });

  const measure = async () => (await admin.data(MEASURE, { id: measureId })).measure;

  it('computes progress from weighted milestones and keeps it current', async () => {
    const create = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
    const a = (
      await admin.data(create, { input: { measureId, title: 'Vergabe', baselineDate: '2026-03-31', weight: 1 } })
    ).createMilestone;
    await admin.data(create, { input: { measureId, title: 'Pilot', baselineDate: '2026-12-15', weight: 3 } });
    expect((await measure()).progress).toEqual({ value: 0, source: 'MILESTONES' });

    const report = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { completedOn state slippageDays version } }`;
    const done = (await admin.data(report, { input: { id: a.id, version: a.version, completedOn: '2026-04-20' } }))
      .reportMilestone;
    expect(done).toMatchObject({ completedOn: '2026-04-20', state: 'COMPLETED', slippageDays: 20, version: 2 });
    const m = await measure();
    expect(m.progress).toEqual({ value: 25, source: 'MILESTONES' });
    // 89 % of the time has passed, 25 % is done: 64 points behind.
    expect(m.health).toEqual({ value: 'OFF_TRACK', computed: 'OFF_TRACK', expectedProgress: 89 });
  });

  it('records slippage of a forecast and marks an overdue milestone', async () => {
    const create = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version state } }`;
    const late = (
      await admin.data(create, { input: { measureId, title: 'Schnittstelle', baselineDate: '2026-10-01' } })
    ).createMilestone;
    expect(late.state).toBe('OVERDUE');
    const report = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { forecastDate slippageDays state dueDate } }`;
    const forecast = (
      await admin.data(report, { input: { id: late.id, version: late.version, forecastDate: '2026-12-10' } })
    ).reportMilestone;
    expect(forecast).toEqual({
      forecastDate: '2026-12-10',
      slippageDays: 70,
      state: 'DUE_SOON',
      dueDate: '2026-12-10',
    });
  });

  it('refuses a completion date in the future', async () => {
    await aMilestone(t, { id: measureId }, { title: 'Pilot', baselineDate: '2026-12-15' }, admin);
    const m = await measure();
    const open = m.milestones.find((x: { completedOn: string | null }) => !x.completedOn);
    const error = await admin.error(
      `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id } }`,
      {
        input: { id: open.id, version: open.version, completedOn: '2027-01-01' },
      },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedOn' });
  });

  it('files a status report that updates freshness and the latest report', async () => {
    const file = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id reportDate trafficLight progress version } }`;
    const { createStatusReport } = await admin.data(file, {
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
      await admin.errorCode(file, {
        input: { measureId, trafficLight: 'GREEN', progress: 10, reportDate: '2026-11-22' },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(file, { input: { measureId, trafficLight: 'GREEN', progress: 101 } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await admin.errorCode(file, { input: { measureId, trafficLight: 'BLUE', progress: 10 } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('keeps indicator values exact and one per day', async () => {
    const { createIndicator } = await admin.data(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id baselineValue targetValue } }`,
      { input: { measureId, name: 'Nutzende', unit: 'Personen', baselineValue: '0', targetValue: '2500.25' } },
    );
    expect(createIndicator).toMatchObject({ baselineValue: '0', targetValue: '2500.25' });
    const record = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { values { measuredOn value } } }`;
    await admin.data(record, { input: { indicatorId: createIndicator.id, measuredOn: '2026-06-30', value: '120.1' } });
    const { recordIndicatorValue } = await admin.data(record, {
      input: { indicatorId: createIndicator.id, measuredOn: '2026-06-30', value: '125' },
    });
    expect(recordIndicatorValue.values).toEqual([{ measuredOn: '2026-06-30', value: '125' }]);
    expect(
      await admin.errorCode(record, {
        input: { indicatorId: createIndicator.id, measuredOn: '2026-07-01', value: '1,5' },
      }),
    ).toBe('BAD_USER_INPUT');
  });
});
