import { startTestApp, TestApp } from '../support/test-app';

describe('a running Maßwerk', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers the health check', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the demo model projects of the Südwest-Cluster to a signed-in council member', async () => {
    const client = await t.signIn('rat.eif@example.org');
    const data = await client.data(`{ modelProjects(first: 10) { totalCount nodes { code name cluster { name } } } }`);
    expect(data.modelProjects.totalCount).toBe(6);
    expect(data.modelProjects.nodes.map((p: { code: string }) => p.code).sort()).toEqual([
      'EIF',
      'KL',
      'KUS',
      'LNZ',
      'MYK',
      'WND',
    ]);
    expect(data.modelProjects.nodes[0].cluster.name).toBe('Südwest-Cluster');
  });
});
