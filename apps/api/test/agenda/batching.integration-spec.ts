import { SqlStatementCounter } from '@masswerk/api/database';
import { GraphqlClient } from '../support/graphql-client';
import { aProjectWithMeasures } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const RICH_LIST = `query($first: Int!, $projectId: ID!) {
  measures(first: $first, filter: { modelProjectIds: [$projectId] }) {
    totalCount
    nodes {
      code title status progress { value } health { value } freshness { value }
      modelProject { code cluster { name } }
      leadUnit { name parent { name } }
      participatingUnits { name }
      fieldsOfAction { code goals { code } }
      goals { code }
      milestones { title state slippageDays }
      latestStatusReport { reportDate trafficLight authorName }
      statusReports(limit: 3) { reportDate }
      indicators { name values { value } }
      assignees { displayName }
      viewerCanReport
      history(limit: 5) { action }
    }
  }
}`;

describe('lists are batched', () => {
  let t: TestApp;
  let platform: GraphqlClient;
  let projectId: string;

  beforeAll(async () => {
    // the read cache off: this is about the work of an uncached answer
    t = await startTestApp({ env: { READ_CACHE_MB: '0' } });
    ({ projectId } = await aProjectWithMeasures(t.db, 'BATCH', 100));
    platform = await t.signIn('betrieb@example.org');
  });
  afterAll(() => t.close());

  async function statementsFor(first: number): Promise<number> {
    const before = SqlStatementCounter.count;
    const data = await platform.data(RICH_LIST, { first, projectId });
    expect(data.measures.nodes).toHaveLength(first);
    return SqlStatementCounter.count - before;
  }

  it('costs the same number of SQL statements for 5 and for 100 measures', async () => {
    await statementsFor(5); // warm-up: nothing cached may hide a per-item query
    const five = await statementsFor(5);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(five);
    expect(five).toBeLessThan(25);
  });
});
