import { computeFreshness, Freshness, Health, MeasureStatus, summarize } from '@masswerk/shared/domain';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The rules exist twice: as pure functions (shared/domain) for one measure, and as SQL for filtering and rolling up
 * many. Over all demo measures, both must agree.
 */
describe('rules in SQL and in TypeScript', () => {
  let t: TestApp;
  let platform: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    platform = await t.signIn('betrieb@example.org');
  });
  afterAll(() => t.close());

  it('give every demo measure the same health in filters as in its computed field', async () => {
    const seen = new Map<string, string>();
    for (const health of Object.values(Health)) {
      const { measures } = await platform.data(
        `query($h: [Health!]) { measures(first: 100, filter: { health: $h }) { nodes { id health { value } } } }`,
        { h: [health] },
      );
      for (const m of measures.nodes) {
        expect(m.health.value).toBe(health);
        seen.set(m.id, health);
      }
    }
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM measure');
    expect(seen.size).toBe(rows[0].n);
  });

  it('give every demo measure the same freshness in filters as in its computed field', async () => {
    let total = 0;
    for (const freshness of Object.values(Freshness)) {
      const { measures } = await platform.data(
        `query($f: [Freshness!]) { measures(first: 100, filter: { freshness: $f }) { totalCount nodes { freshness { value lastReportOn } } } }`,
        { f: [freshness] },
      );
      total += measures.totalCount;
      for (const m of measures.nodes)
        expect(computeFreshness(m.freshness.lastReportOn, '2026-11-21').freshness).toBe(freshness);
    }
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM measure');
    expect(total).toBe(rows[0].n);
  });

  it('roll up a project in SQL exactly as summarize() does over its measures', async () => {
    for (const code of ['EIF', 'MYK', 'WND']) {
      const { modelProject } = await platform.data(
        `query($code: String!) { modelProject(code: $code) { summary { measureCount averageProgress staleMeasures overdueMilestones milestonesDueSoon byStatus { status count } byHealth { health count } }
           measures(first: 100) { nodes { status health { value } progress { value } freshness { value } milestones { state } } } } }`,
        { code },
      );
      const expected = summarize(
        modelProject.measures.nodes.map(
          (m: {
            status: MeasureStatus;
            health: { value: Health };
            progress: { value: number };
            freshness: { value: Freshness };
            milestones: { state: string }[];
          }) => ({
            status: m.status,
            health: m.health.value,
            progress: m.progress.value,
            freshness: m.freshness.value,
            overdueMilestones: m.milestones.filter((x) => x.state === 'OVERDUE').length,
            milestonesDueSoon: m.milestones.filter((x) => x.state === 'DUE_SOON').length,
          }),
        ),
      );
      const s = modelProject.summary;
      expect(s.measureCount).toBe(expected.measureCount);
      expect(s.averageProgress).toBe(expected.averageProgress);
      expect(s.staleMeasures).toBe(expected.staleMeasures);
      expect(s.overdueMilestones).toBe(expected.overdueMilestones);
      expect(s.milestonesDueSoon).toBe(expected.milestonesDueSoon);
      expect(Object.fromEntries(s.byStatus.map((x: { status: string; count: number }) => [x.status, x.count]))).toEqual(
        expected.byStatus,
      );
      expect(Object.fromEntries(s.byHealth.map((x: { health: string; count: number }) => [x.health, x.count]))).toEqual(
        expected.byHealth,
      );
    }
  });

  it('has demo data that gives the dashboards something to say', async () => {
    const { portfolioSummary } = await platform.data(
      `{ portfolioSummary { measureCount staleMeasures overdueMilestones byHealth { health count } byStatus { status count } } }`,
    );
    const health = Object.fromEntries(
      portfolioSummary.byHealth.map((x: { health: string; count: number }) => [x.health, x.count]),
    );
    expect(portfolioSummary.measureCount).toBeGreaterThanOrEqual(6 * 12);
    expect(health['ON_TRACK']).toBeGreaterThan(0);
    expect(health['AT_RISK']).toBeGreaterThan(0);
    expect(health['OFF_TRACK']).toBeGreaterThan(0);
    expect(portfolioSummary.staleMeasures).toBeGreaterThan(0);
    expect(portfolioSummary.overdueMilestones).toBeGreaterThan(0);
  });

  it('breaks a project down by field of action and by municipality', async () => {
    const eif = (await platform.data(`{ modelProject(code: "EIF") { id } }`)).modelProject.id;
    const { byField, byUnit } = await platform.data(
      `query($f: MeasureFilter) { byField: portfolioBreakdown(by: FIELD_OF_ACTION, filter: $f) { key fieldOfAction { code } summary { measureCount } }
         byUnit: portfolioBreakdown(by: MUNICIPALITY, filter: $f) { municipality { name } summary { measureCount } } }`,
      { f: { modelProjectIds: [eif] } },
    );
    const { rows } = await t.db.query(
      `SELECT f.code, count(*)::int AS n FROM measure_field_of_action mf JOIN field_of_action f ON f.id = mf.field_of_action_id WHERE f.model_project_id = $1 GROUP BY f.code`,
      [eif],
    );
    expect(
      Object.fromEntries(
        byField.map((g: { fieldOfAction: { code: string }; summary: { measureCount: number } }) => [
          g.fieldOfAction.code,
          g.summary.measureCount,
        ]),
      ),
    ).toEqual(Object.fromEntries(rows.map((r) => [r.code, r.n])));
    expect(byUnit.map((g: { municipality: { name: string } }) => g.municipality.name)).toContain(
      'Eifelkreis Bitburg-Prüm',
    );
  });
});
