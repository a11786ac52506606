import { aMeasure, aMember, aProject, aStatusReport, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const PAGE_STATE = `query($id: ID!) { projectPageRelease(modelProjectId: $id) { released releasedByName differences } }`;
const PUBLIC_PAGE = `query($code: String!) {
  publicProject(code: $code) {
    publishedMeasureCount
    page {
      strategy { title versionLabel vision targetPictures values adoptedOn resolutionReference }
      fieldsOfAction { code name description goals { code title description } }
      project { programme cohortYear websiteUrl phases { phase plannedStart plannedEnd } }
    }
  }
  publicChangeLog(projectCode: $code) { subject measureCode action parts }
}`;

/**
 * The project's own page is released like its measures (issue 16, decision 0075): strategy, fields of action with
 * goals, programme and phases; citizens read it only once the project office releases it, and again only after the
 * next release. Also the two new public parts of a measure: the latest status reports and the indicators' values.
 */
describe('public release of a project’s page', () => {
  let t: TestApp;
  let eif: Project;
  let admin: Member;
  let editor: Member;
  let version: { id: string; version: number };
  let field: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    eif = await aProject(t, { fields: [{ code: 'MOB', name: 'Mobilität', goals: ['Jede Ortschaft im Stundentakt'] }] });
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro Eifel' });
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0] });
    ({ addStrategyVersion: version } = await admin.data(
      `mutation($input: AddStrategyVersionInput!) { addStrategyVersion(input: $input) { id version } }`,
      {
        input: {
          strategyId: eif.strategy?.id,
          label: 'Fassung 2026',
          vision: 'Ein vernetzter Landkreis',
          targetPictures: ['Kurze Wege'],
          values: ['Offenheit'],
          adoptedOn: '2026-03-01',
          resolutionReference: 'KT/2026/12',
          notes: 'INTERNE-NOTIZ',
        },
      },
    ));
    field = eif.fields[0];
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('is not public until the project office releases the page, and only the office may', async () => {
    expect((await admin.data(PAGE_STATE, { id: eif.id })).projectPageRelease).toEqual({
      released: false,
      releasedByName: null,
      differences: [],
    });
    expect(await t.anonymous().errorCode(PUBLIC_PAGE, { code: eif.code })).toBe('NOT_FOUND');
    expect(await editor.errorCode(`mutation { releaseProjectPage(modelProjectId: "${eif.id}") { released } }`)).toBe(
      'FORBIDDEN',
    );
    const { releaseProjectPage } = await admin.data(
      `mutation { releaseProjectPage(modelProjectId: "${eif.id}") { released releasedByName differences } }`,
    );
    expect(releaseProjectPage).toEqual({ released: true, releasedByName: 'Projektbüro Eifel', differences: [] });
  });

  it('shows citizens the strategy, the fields with their goals, the programme and the phases, never internal notes', async () => {
    const data = await t.anonymous().data(PUBLIC_PAGE, { code: eif.code });
    expect(data.publicProject.publishedMeasureCount).toBe(0);
    expect(data.publicProject.page.strategy).toEqual({
      title: `Digitalstrategie ${eif.code}`,
      versionLabel: 'Fassung 2026',
      vision: 'Ein vernetzter Landkreis',
      targetPictures: ['Kurze Wege'],
      values: ['Offenheit'],
      adoptedOn: '2026-03-01',
      resolutionReference: 'KT/2026/12',
    });
    expect(data.publicProject.page.fieldsOfAction).toEqual([
      {
        code: 'MOB',
        name: 'Mobilität',
        description: '',
        goals: [{ code: 'Z1.1', title: 'Jede Ortschaft im Stundentakt', description: '' }],
      },
    ]);
    expect(data.publicProject.page.project.phases.map((p: { phase: string }) => p.phase)).toEqual(['A', 'B']);
    expect(data.publicProject.page.project.programme).toBeTruthy();
    expect(JSON.stringify(data)).not.toContain('INTERNE-NOTIZ');
    expect(data.publicChangeLog).toEqual([{ subject: 'PROJECT_PAGE', measureCode: '', action: 'RELEASED', parts: [] }]);
  });

  it('keeps the released page while the strategy changes, says where it is behind, and logs the next release', async () => {
    await admin.data(`mutation($input: UpdateStrategyVersionInput!) { updateStrategyVersion(input: $input) { id } }`, {
      input: { id: version.id, version: version.version, vision: 'Ein Landkreis, der zusammenhält' },
    });
    await admin.data(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`, {
      input: { fieldOfActionId: field.id, code: 'MOB-Z2', title: 'Rufbus in allen Verbandsgemeinden' },
    });
    expect((await editor.data(PAGE_STATE, { id: eif.id })).projectPageRelease.differences).toEqual([
      'STRATEGY',
      'FIELDS',
    ]);
    const before = await t.anonymous().data(PUBLIC_PAGE, { code: eif.code });
    expect(before.publicProject.page.strategy.vision).toBe('Ein vernetzter Landkreis');
    expect(before.publicProject.page.fieldsOfAction[0].goals).toHaveLength(1);

    await admin.data(`mutation { releaseProjectPage(modelProjectId: "${eif.id}") { released } }`);
    const after = await t.anonymous().data(PUBLIC_PAGE, { code: eif.code });
    expect(after.publicProject.page.strategy.vision).toBe('Ein Landkreis, der zusammenhält');
    expect(after.publicProject.page.fieldsOfAction[0].goals).toHaveLength(2);
    expect(after.publicChangeLog[0]).toEqual({
      subject: 'PROJECT_PAGE',
      measureCode: '',
      action: 'RELEASED',
      parts: ['STRATEGY', 'FIELDS'],
    });
    // a release of a current page changes nothing and logs nothing
    await admin.data(`mutation { releaseProjectPage(modelProjectId: "${eif.id}") { released } }`);
    expect((await t.anonymous().data(PUBLIC_PAGE, { code: eif.code })).publicChangeLog).toHaveLength(2);
    const history = await t.db.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'ProjectRelease' AND model_project_id = $1 ORDER BY occurred_at`,
      [eif.id],
    );
    expect(history.rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('withdraws the page: citizens no longer find a project that publishes nothing else', async () => {
    expect(await editor.errorCode(`mutation { withdrawProjectPage(modelProjectId: "${eif.id}") { released } }`)).toBe(
      'FORBIDDEN',
    );
    const { withdrawProjectPage } = await admin.data(
      `mutation { withdrawProjectPage(modelProjectId: "${eif.id}") { released differences } }`,
    );
    expect(withdrawProjectPage).toEqual({ released: false, differences: [] });
    expect(await t.anonymous().errorCode(PUBLIC_PAGE, { code: eif.code })).toBe('NOT_FOUND');
  });

  it('makes the latest status reports and the indicators’ values public only when the project chooses them', async () => {
    const measure = await aMeasure(t, eif, { title: 'Rufbus' });
    await aStatusReport(t, measure, { reportDate: '2026-10-01', achieved: 'Fahrplan steht' }, admin);
    const { createIndicator } = await admin.data(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      { input: { measureId: measure.id, name: 'Fahrgäste', unit: 'je Monat', baselineValue: '0', targetValue: '500' } },
    );
    for (const [measuredOn, value] of [
      ['2026-06-30', '120'],
      ['2026-09-30', '210'],
    ])
      await admin.data(`mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id } }`, {
        input: { indicatorId: createIndicator.id, measuredOn, value },
      });
    const release = () =>
      admin.data(`mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { differences } }`, {
        input: { modelProjectId: eif.id, measureIds: [measure.id] },
      });
    const read = async () =>
      (
        await t.anonymous().data(
          `{ publicMeasure(projectCode: "${eif.code}", code: "${measure.code}") {
               reports { reportDate achieved nextSteps } indicators { name latestValue values { measuredOn value } } } }`,
        )
      ).publicMeasure;
    await release();
    expect(await read()).toEqual({ reports: null, indicators: null });

    await admin.data(
      `mutation { updateProjectPublication(input: { modelProjectId: "${eif.id}", publicGroups: [TEXTS, REPORTS, INDICATORS] }) { publicGroups } }`,
    );
    await release();
    const measureRead = await read();
    expect(measureRead.reports).toEqual([{ reportDate: '2026-10-01', achieved: 'Fahrplan steht', nextSteps: '' }]);
    expect(measureRead.indicators).toEqual([
      {
        name: 'Fahrgäste',
        latestValue: '210',
        values: [
          { measuredOn: '2026-06-30', value: '120' },
          { measuredOn: '2026-09-30', value: '210' },
        ],
      },
    ]);
  });
});
