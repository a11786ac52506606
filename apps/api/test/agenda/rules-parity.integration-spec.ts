/*
 * This file keeps the demo data on purpose, in its first describe: its point is that the rules in SQL and in
 * TypeScript agree on every measure of the Südwest-Cluster demo (what the product tour and the end-to-end tests
 * show), and that the demo gives the dashboards something to say. The second describe checks the same rules over a
 * generated grid of cases on an empty database. Everything else in the integration tests builds its own world.
 */
import {
  computedHealthSql,
  expectedProgressSql,
  freshnessSql,
  milestoneProgressSql,
  progressSql,
} from '@masswerk/api/measure';
import {
  addDays,
  computeFreshness,
  computeHealth,
  computeProgress,
  expectedProgress,
  Freshness,
  Health,
  MeasureFacts,
  MeasureStatus,
  MilestoneDates,
  milestoneFacts,
  milestoneProgress,
  PortfolioSummary,
  summarize,
} from '@masswerk/shared/domain';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';

const DEMO_PROJECTS = ['EIF', 'MYK', 'KL', 'KUS', 'WND', 'LNZ'];
const SUMMARY = `measureCount averageProgress staleMeasures overdueMilestones milestonesDueSoon milestoneCount
  slippedMilestones averageSlippageDays byStatus { status count } byHealth { health count }`;
const FACTS = `status health { value } progress { value } freshness { value }
  milestones { baselineDate forecastDate completedOn }`;

interface MeasureNode {
  status: MeasureStatus;
  health: { value: Health };
  progress: { value: number };
  freshness: { value: Freshness };
  milestones: MilestoneDates[];
}

type ApiSummary = Omit<PortfolioSummary, 'byStatus' | 'byHealth'> & {
  byStatus: { status: MeasureStatus; count: number }[];
  byHealth: { health: Health; count: number }[];
};

/** What summarize() needs of a measure, from what the API says of it and its milestones. */
function factsOf(m: MeasureNode): MeasureFacts {
  return {
    status: m.status,
    health: m.health.value,
    progress: m.progress.value,
    freshness: m.freshness.value,
    ...milestoneFacts(m.milestones, TEST_TODAY),
  };
}

function asSummary(s: ApiSummary): PortfolioSummary {
  return {
    ...s,
    byStatus: Object.fromEntries(s.byStatus.map((x) => [x.status, x.count])) as PortfolioSummary['byStatus'],
    byHealth: Object.fromEntries(s.byHealth.map((x) => [x.health, x.count])) as PortfolioSummary['byHealth'],
  };
}

/** Groups items under every key they have (a measure counts once in each of its fields and municipalities). */
function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

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
        expect(computeFreshness(m.freshness.lastReportOn, TEST_TODAY).freshness).toBe(freshness);
    }
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM measure');
    expect(total).toBe(rows[0].n);
  });

  /** A project with its summary, its breakdowns and its measures, one query per project (the complexity limit). */
  async function projectWithMeasures(code: string) {
    const { modelProject } = await platform.data(
      `query($code: String!) { modelProject(code: $code) { id code summary { ${SUMMARY} }
         byField: breakdown(by: FIELD_OF_ACTION) { key summary { ${SUMMARY} } }
         byUnit: breakdown(by: MUNICIPALITY) { key summary { ${SUMMARY} } }
         measures(first: 100) { totalCount nodes { ${FACTS} fieldsOfAction { id } leadUnit { id } participatingUnits { id } } } } }`,
      { code },
    );
    expect(modelProject.measures.nodes).toHaveLength(modelProject.measures.totalCount);
    return modelProject as {
      id: string;
      code: string;
      summary: ApiSummary;
      byField: { key: string; summary: ApiSummary }[];
      byUnit: { key: string; summary: ApiSummary }[];
      measures: {
        nodes: (MeasureNode & {
          fieldsOfAction: { id: string }[];
          leadUnit: { id: string } | null;
          participatingUnits: { id: string }[];
        })[];
      };
    };
  }

  it('roll up every project in SQL exactly as summarize() does over its measures', async () => {
    for (const code of DEMO_PROJECTS) {
      const project = await projectWithMeasures(code);
      expect({ code, ...asSummary(project.summary) }).toEqual({
        code,
        ...summarize(project.measures.nodes.map(factsOf)),
      });
      // the demo data must exercise the milestone figures, or this comparison proves little
      expect(project.summary.milestoneCount).toBeGreaterThan(0);
      expect(project.summary.slippedMilestones).toBeGreaterThan(0);
      expect(project.summary.averageSlippageDays).not.toBeNull();
    }
  });

  it('roll up a cluster in SQL exactly as summarize() does over the measures of its projects', async () => {
    const { clusters } = await platform.data(
      `{ clusters(first: 10) { nodes { name summary { ${SUMMARY} } modelProjects { code } } } }`,
    );
    const cluster = clusters.nodes.find((c: { name: string }) => c.name.startsWith('Südwest'));
    expect(cluster.modelProjects.map((p: { code: string }) => p.code).sort()).toEqual([...DEMO_PROJECTS].sort());
    const measures: MeasureNode[] = [];
    for (const code of DEMO_PROJECTS) measures.push(...(await projectWithMeasures(code)).measures.nodes);
    expect(measures.length).toBeGreaterThanOrEqual(6 * 12);
    expect(asSummary(cluster.summary)).toEqual(summarize(measures.map(factsOf)));
  });

  it('break every project down by field of action and by municipality exactly as summarize() does', async () => {
    let largestUnitBreakdown = 0;
    for (const code of DEMO_PROJECTS) {
      const project = await projectWithMeasures(code);
      const nodes = project.measures.nodes;
      const byField = groupBy(nodes, (m) => m.fieldsOfAction.map((f) => f.id));
      const byUnit = groupBy(nodes, (m) => [
        ...new Set([...(m.leadUnit ? [m.leadUnit.id] : []), ...m.participatingUnits.map((u) => u.id)]),
      ]);
      // the same through the top-level query with a filter, which takes another path in the service
      const { viaFilter } = await platform.data(
        `query($f: MeasureFilter) { viaFilter: portfolioBreakdown(by: MUNICIPALITY, filter: $f) { key summary { ${SUMMARY} } } }`,
        { f: { modelProjectIds: [project.id] } },
      );
      for (const [groups, expected] of [
        [project.byField, byField],
        [project.byUnit, byUnit],
        [viaFilter, byUnit],
      ] as const) {
        expect(
          Object.fromEntries(groups.map((g: { key: string; summary: ApiSummary }) => [g.key, asSummary(g.summary)])),
        ).toEqual(Object.fromEntries([...expected].map(([key, group]) => [key, summarize(group.map(factsOf))])));
      }
      expect(byField.size).toBeGreaterThan(1);
      largestUnitBreakdown = Math.max(largestUnitBreakdown, byUnit.size);
    }
    // Kaiserslautern is one city; the counties break down into several municipalities
    expect(largestUnitBreakdown).toBeGreaterThan(3);
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

/**
 * The same rules over a grid of cases far wider than the demo data: every schedule length up to more than a year
 * with every elapsed day, every progress value against the health thresholds, overdue milestones around the 90-day
 * edge, freshness around every class edge. The SQL runs in the real PostgreSQL over generated rows; TypeScript
 * computes the same cases; not one may differ.
 */
describe('rules in SQL and in TypeScript, over a grid of cases', () => {
  const BASE = '2026-01-01';
  const STATUSES = Object.values(MeasureStatus);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
  });
  afterAll(() => t.close());

  const at = (offset: number | null) => (offset === null ? null : addDays(BASE, offset));

  /** Up to ten differing cases, to show what went wrong; the test wants none. */
  function differences<R>(rows: R[], differs: (row: R) => boolean): R[] {
    return rows.filter(differs).slice(0, 10);
  }

  it('expects the same progress from the schedule, halves rounded up, for every span and elapsed day', async () => {
    const { rows } = await t.db.query(
      `SELECT span, elapsed, ${expectedProgressSql('m', 'm.today')}::int AS expected
         FROM (SELECT s AS span, e AS elapsed, DATE '${BASE}' AS planned_start, DATE '${BASE}' + s AS planned_end,
                      DATE '${BASE}' + e AS today
                 FROM generate_series(-3, 400) s CROSS JOIN generate_series(-3, 403) e
                WHERE e <= greatest(s, 0) + 3) m`,
    );
    expect(rows.length).toBeGreaterThan(80_000);
    expect(
      differences(rows, (r) => expectedProgress(BASE, addDays(BASE, r.span), addDays(BASE, r.elapsed)) !== r.expected),
    ).toEqual([]);
    // the case floating point got wrong: 57 of 200 days are exactly 28.5 %
    expect(rows.find((r) => r.span === 200 && r.elapsed === 57)?.expected).toBe(29);
  });

  it('computes the same progress from weighted milestones', async () => {
    const groups: { weight: number; completed: boolean }[][] = [];
    for (let done = 0; done <= 40; done++)
      for (let open = 0; open <= 40; open++)
        groups.push([
          { weight: done, completed: true },
          { weight: open, completed: false },
        ]);
    groups.push(
      [
        { weight: 57, completed: true },
        { weight: 100, completed: false },
        { weight: 43, completed: false },
      ],
      [
        { weight: 1, completed: true },
        { weight: 7, completed: false },
      ],
      [{ weight: 0, completed: false }],
      [
        { weight: 100, completed: true },
        { weight: 100, completed: true },
        { weight: 1, completed: false },
      ],
    );
    const flat = groups.flatMap((g, i) => g.map((m) => ({ group: i, ...m })));
    const { rows } = await t.db.query(
      `SELECT grp, ${milestoneProgressSql('ms')}::int AS progress
         FROM (SELECT grp, weight, CASE WHEN completed THEN DATE '${BASE}' END AS completed_on
                 FROM unnest($1::int[], $2::smallint[], $3::boolean[]) AS x(grp, weight, completed)) ms
        GROUP BY grp`,
      [flat.map((m) => m.group), flat.map((m) => m.weight), flat.map((m) => m.completed)],
    );
    expect(rows).toHaveLength(groups.length);
    expect(differences(rows, (r) => milestoneProgress(groups[r.grp]) !== r.progress)).toEqual([]);
  });

  it('picks the same progress by the same order of rules', async () => {
    const { rows } = await t.db.query(
      `SELECT m.*, m.last_report_on::text AS report_on, m.last_milestone_completed_on::text AS completed_on,
              ${progressSql('m')}::int AS progress
         FROM (SELECT st.status, a.manual_progress, b.milestone_progress, c.last_report_progress,
                      CASE WHEN c.last_report_progress IS NOT NULL THEN DATE '${BASE}' END AS last_report_on,
                      DATE '${BASE}' + d.completed_off AS last_milestone_completed_on
                 FROM unnest($1::text[]) st(status)
                CROSS JOIN (VALUES (NULL::smallint), (0), (37), (100)) a(manual_progress)
                CROSS JOIN (VALUES (NULL::smallint), (0), (29), (100)) b(milestone_progress)
                CROSS JOIN (VALUES (NULL::smallint), (0), (64), (100)) c(last_report_progress)
                CROSS JOIN (VALUES (NULL::int), (-1), (0), (1)) d(completed_off)) m`,
      [STATUSES],
    );
    expect(rows).toHaveLength(STATUSES.length * 256);
    expect(
      differences(
        rows,
        (r) =>
          computeProgress({
            status: r.status,
            manualProgress: r.manual_progress,
            milestoneProgress: r.milestone_progress,
            latestReportProgress: r.last_report_progress,
            latestReportOn: r.report_on,
            lastMilestoneCompletedOn: r.completed_on,
          }).value !== r.progress,
      ),
    ).toEqual([]);
  });

  it('gives the same health for every status, schedule, progress and overdue milestone', async () => {
    const elapsed = [-1, 0, 1, 3, 6, 7, 8, 57, 99, 100, 101, 182, 199, 200, 201, 364, 365, 366];
    const { rows } = await t.db.query(
      `SELECT status, start_off, end_off, elapsed, progress, due_off, ${computedHealthSql('m', 'm.today')} AS health
         FROM (SELECT g.*, DATE '${BASE}' + g.elapsed AS today,
                      DATE '${BASE}' + g.start_off AS planned_start, DATE '${BASE}' + g.end_off AS planned_end,
                      NULL::smallint AS manual_progress, g.progress::smallint AS milestone_progress,
                      NULL::smallint AS last_report_progress, NULL::date AS last_report_on,
                      NULL::date AS last_milestone_completed_on,
                      DATE '${BASE}' + g.elapsed + g.due_off AS earliest_open_milestone_due
                 FROM (SELECT st.status, sc.start_off, sc.end_off, e.elapsed, p.progress, d.due_off
                         FROM unnest($1::text[]) st(status)
                        CROSS JOIN (VALUES (0, 0), (0, 1), (0, 7), (0, 200), (0, 365), (0, -5), (NULL, 200), (0, NULL))
                              sc(start_off, end_off)
                        CROSS JOIN unnest($2::int[]) e(elapsed)
                        CROSS JOIN generate_series(0, 100) p(progress)
                        CROSS JOIN (VALUES (NULL::int), (-91), (-90), (-89), (-1), (0), (1)) d(due_off)
                        WHERE st.status IN ('PLANNING', 'IN_PROGRESS') OR p.progress IN (0, 50, 100)) g) m`,
      [STATUSES, elapsed],
    );
    expect(rows.length).toBeGreaterThan(200_000);
    const seen = new Set<string>();
    const differing = differences(rows, (r) => {
      const today = addDays(BASE, r.elapsed);
      const computed = computeHealth({
        status: r.status,
        plannedStart: at(r.start_off),
        plannedEnd: at(r.end_off),
        progress: computeProgress({
          status: r.status,
          manualProgress: null,
          milestoneProgress: r.progress,
          latestReportProgress: null,
        }).value,
        earliestOpenMilestoneDue: r.due_off === null ? null : addDays(today, r.due_off),
        today,
      });
      seen.add(computed);
      return computed !== r.health;
    });
    expect(differing).toEqual([]);
    expect([...seen].sort()).toEqual(Object.values(Health).sort());
  });

  it('gives the same freshness on every day around the class edges', async () => {
    const today = '2026-11-21';
    const { rows } = await t.db.query(
      `SELECT age, ${freshnessSql('m', `DATE '${today}'`)} AS freshness
         FROM (SELECT age, DATE '${today}' - age AS last_report_on FROM generate_series(-3, 400) age
               UNION ALL SELECT NULL, NULL) m`,
    );
    expect(rows).toHaveLength(405);
    expect(
      differences(
        rows,
        (r) => computeFreshness(r.age === null ? null : addDays(today, -r.age), today).freshness !== r.freshness,
      ),
    ).toEqual([]);
    const byAge = new Map(rows.map((r) => [r.age, r.freshness]));
    expect([30, 31, 60, 61, 180, 181].map((age) => byAge.get(age))).toEqual([
      Freshness.CURRENT,
      Freshness.DUE,
      Freshness.DUE,
      Freshness.STALE,
      Freshness.STALE,
      Freshness.VERY_STALE,
    ]);
  });
});
