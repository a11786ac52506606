import { randomUUID } from 'node:crypto';
import { SqlStatementCounter } from '@masswerk/api/database';
import { aPlatformAdmin, aProjectWithRichMeasures } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

/** Every relation of a measure, and the relations of those, as the detail page and the exports ask for them. */
const MEASURE_FIELDS = `
  code title status progress { value source reportedOn milestones } freshness { value }
  health { value expectedProgress reason { rule lag overdueMilestoneDays overdueMilestone { title dueDate } } }
  modelProject { code cluster { name } leadUnit { name } }
  leadUnit { name parent { name parent { name } } }
  participatingUnits { name parent { name } }
  adopters { name }
  fieldsOfAction { code goals { code fieldOfAction { code } } }
  goals { code fieldOfAction { name } }
  assignees { displayName }
  milestones { title state slippageDays dueDate }
  latestStatusReport { reportDate trafficLight authorName }
  statusReports(limit: 3) { reportDate authorName viewerCanCorrect documents { fileName } }
  indicators { name values { measuredOn value } }
  budget { fundingRate planned { total federal } actual { total own } costPlan { year planned costCategoryId }
           expenditures { spentOn amount description documents { fileName sizeBytes } } byCategory { costCategoryId remaining } }
  documents { fileName uploadedByName }
  viewerCanReport viewerCanEditPlan
  history(limit: 5) { action actorName changes { field } measure { code } }`;

const LIST = `query($first: Int!, $projectId: ID!) {
  measures(first: $first, filter: { modelProjectIds: [$projectId] }) { totalCount nodes { ${MEASURE_FIELDS} } }
}`;

/** A cluster, its projects, and a page of measures of each: lists inside lists. */
const NESTED = `query($first: Int!, $clusterId: ID!) {
  cluster(id: $clusterId) {
    name summary { measureCount }
    modelProjects { code leadUnit { name } summary { measureCount averageProgress }
      measures(first: $first) { totalCount nodes { ${MEASURE_FIELDS} } } }
  }
}`;

describe('lists are batched', () => {
  // the read cache off: this is about the work of an uncached answer; the limits up: this is about statements
  const app = appPerBlock(
    async (t) => {
      const clusterId = randomUUID();
      await t.db.query(`INSERT INTO cluster (id, name) VALUES ($1, 'Testcluster Batching')`, [clusterId]);
      const { projectId } = await aProjectWithRichMeasures(t.db, 'BATCH', 100, { clusterId });
      await aProjectWithRichMeasures(t.db, 'BATCHB', 100, { clusterId });
      const smallClusterId = randomUUID();
      await t.db.query(`INSERT INTO cluster (id, name) VALUES ($1, 'Testcluster klein')`, [smallClusterId]);
      await aProjectWithRichMeasures(t.db, 'BATCHC', 10, { clusterId: smallClusterId });
      const platform = await aPlatformAdmin(t);
      return { clusterId, smallClusterId, platform, projectId };
    },
    { env: { READ_CACHE_MB: '0', GRAPHQL_MAX_COMPLEXITY: '10000000' } },
  );

  async function statementsFor(query: string, variables: Record<string, unknown>): Promise<number> {
    const before = SqlStatementCounter.count;
    await app.platform.data(query, variables);
    return SqlStatementCounter.count - before;
  }

  it('returns every relation of every measure (or the counts below would prove nothing)', async () => {
    const { measures } = await app.platform.data(LIST, { first: 100, projectId: app.projectId });
    expect(measures.nodes).toHaveLength(100);
    const codes = new Set<string>();
    for (const m of measures.nodes) {
      expect(m.leadUnit.parent.parent.name).toBe('Testkreis BATCH');
      expect(m.participatingUnits).toHaveLength(1);
      expect(m.adopters).toHaveLength(1);
      expect(m.fieldsOfAction[0].goals).toHaveLength(1);
      expect(m.goals).toHaveLength(1);
      expect(m.assignees).toHaveLength(1);
      expect(m.milestones).toHaveLength(3);
      expect(m.statusReports).toHaveLength(3);
      expect(m.latestStatusReport.authorName).toBe(m.assignees[0].displayName);
      expect(m.indicators[0].values).toHaveLength(2);
      expect(m.budget.costPlan.length).toBeGreaterThanOrEqual(2);
      expect(m.budget.expenditures).toHaveLength(2);
      expect(m.history).toHaveLength(2);
      expect(m.history[0].measure.code).toBe(m.code);
      // the report of 2 October (30 %) came after the last milestone reached; the milestone of 30 June is overdue
      expect(m.progress).toEqual({ value: 30, source: 'STATUS_REPORT', reportedOn: '2026-10-02', milestones: 17 });
      expect(m.health.reason).toEqual({
        rule: 'OVERDUE_MILESTONE',
        lag: 14,
        overdueMilestoneDays: 144,
        overdueMilestone: { title: 'Meilenstein 2', dueDate: '2026-06-30' },
      });
      // distinct per measure: one unit, field, goal and person each
      codes.add(
        [m.leadUnit.name, m.participatingUnits[0].name, m.fieldsOfAction[0].code, m.assignees[0].displayName].join(),
      );
    }
    expect(codes.size).toBe(100);
  });

  it('costs the same number of SQL statements for 5 and for 100 measures in a list', async () => {
    await statementsFor(LIST, { first: 5, projectId: app.projectId }); // warm-up: nothing cached may hide a per-item query
    const five = await statementsFor(LIST, { first: 5, projectId: app.projectId });
    const hundred = await statementsFor(LIST, { first: 100, projectId: app.projectId });
    expect(hundred).toBe(five);
    expect(five).toBeLessThan(30);
  });

  it('costs the same number of SQL statements for 5 and for 100 measures per project in a cluster', async () => {
    const { cluster } = await app.platform.data(NESTED, { first: 100, clusterId: app.clusterId });
    expect(cluster.modelProjects).toHaveLength(2);
    for (const p of cluster.modelProjects) expect(p.measures.nodes).toHaveLength(100);

    await statementsFor(NESTED, { first: 5, clusterId: app.clusterId });
    const five = await statementsFor(NESTED, { first: 5, clusterId: app.clusterId });
    const hundred = await statementsFor(NESTED, { first: 100, clusterId: app.clusterId });
    expect(hundred).toBe(five);
    expect(five).toBeLessThan(40);
  });

  it('costs the same number of SQL statements for a cluster of one project and of two', async () => {
    await statementsFor(NESTED, { first: 5, clusterId: app.smallClusterId });
    const one = await statementsFor(NESTED, { first: 5, clusterId: app.smallClusterId });
    const two = await statementsFor(NESTED, { first: 5, clusterId: app.clusterId });
    expect(two).toBe(one);
  });

  it('pages the measures of each project in a cluster on its own', async () => {
    const PAGES = `query($first: Int!, $clusterId: ID!) { cluster(id: $clusterId) { modelProjects { code
      measures(first: $first, orderBy: { field: TITLE, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } nodes { code title } } } } }`;
    const { cluster } = await app.platform.data(PAGES, { first: 3, clusterId: app.clusterId });
    for (const project of cluster.modelProjects) {
      const { modelProject } = await app.platform.data(
        `query($code: String!) { modelProject(code: $code) { measures(first: 100, orderBy: { field: TITLE, direction: DESC }) { nodes { code } } } }`,
        { code: project.code },
      );
      const all = modelProject.measures.nodes.map((m: { code: string }) => m.code);
      expect(project.measures.totalCount).toBe(100);
      expect(project.measures.pageInfo.hasNextPage).toBe(true);
      expect(project.measures.nodes.map((m: { code: string }) => m.code)).toEqual(all.slice(0, 3));
      // the next page, after the cursor of the nested one
      const { next } = await app.platform.data(
        `query($code: String!, $after: String) { next: modelProject(code: $code) { measures(first: 3, after: $after, orderBy: { field: TITLE, direction: DESC }) { nodes { code } } } }`,
        { code: project.code, after: project.measures.pageInfo.endCursor },
      );
      expect(next.measures.nodes.map((m: { code: string }) => m.code)).toEqual(all.slice(3, 6));
    }
  });
});
