import { SqlStatementCounter } from '@masswerk/api/database';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const LIST = `query($code: String!) {
  modelProject(code: $code) {
    measures(first: 100) {
      nodes { id code title version published milestones { id state completedOn } participatingUnits { id } }
    }
    summary { measureCount }
  }
}`;

interface ListData {
  modelProject: {
    measures: {
      nodes: {
        id: string;
        code: string;
        title: string;
        version: number;
        published: boolean;
        milestones: { id: string; state: string; completedOn: string | null }[];
        participatingUnits: { id: string }[];
      }[];
    };
    summary: { measureCount: number };
  };
}

/**
 * The read cache (docs/performance.md) answers repeated reads without recomputing them, and never serves an answer
 * after the data under it changed, whoever or whatever changed it.
 */
describe('read cache', () => {
  let t: TestApp;
  let office: GraphqlClient;
  let council: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.signIn('admin.eif@example.org');
    council = await t.signIn('rat.eif@example.org');
  });
  afterAll(() => t.close());

  async function read(client: GraphqlClient): Promise<{ data: ListData; statements: number }> {
    const before = SqlStatementCounter.count;
    const data = await client.data<ListData>(LIST, { code: 'EIF' });
    return { data, statements: SqlStatementCounter.count - before };
  }

  it('answers a repeated read with two statements (who is asking, has anything changed) and the same data', async () => {
    const first = await read(office);
    const second = await read(office);
    expect(first.statements).toBeGreaterThan(4);
    expect(second.statements).toBe(2);
    expect(second.data).toEqual(first.data);
  });

  it('computes an answer once when identical requests arrive together', async () => {
    const rollup = (by: string) => `{ portfolioBreakdown(by: ${by}) { key summary { measureCount } } }`;
    let before = SqlStatementCounter.count;
    await office.data(rollup('MUNICIPALITY'));
    const one = SqlStatementCounter.count - before;

    before = SqlStatementCounter.count;
    const answers = await Promise.all([1, 2, 3].map(() => office.data(rollup('FIELD_OF_ACTION'))));
    // every request asks who is asking and whether anything changed; the roll-up runs once
    expect(SqlStatementCounter.count - before).toBe(one + 2 * 2);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('shows a change made through the API at once', async () => {
    const measure = (await read(office)).data.modelProject.measures.nodes[0];
    await office.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
      input: { id: measure.id, version: measure.version, title: 'Neuer Titel nach Zwischenspeicher' },
    });
    const after = (await read(office)).data.modelProject.measures.nodes.find((m) => m.id === measure.id);
    expect(after?.title).toBe('Neuer Titel nach Zwischenspeicher');
  });

  it('shows changes made with plain SQL, also in link tables and for other viewers', async () => {
    await read(council); // cache the council's view too
    const before = (await read(office)).data.modelProject.measures.nodes.find(
      (m) => m.milestones.some((ms) => ms.completedOn === null) && m.participatingUnits.length > 0,
    );
    const open = before?.milestones.find((ms) => ms.completedOn === null);
    if (!before || !open) throw new Error('the demo data has no measure with an open milestone and participants');
    await t.db.query(`UPDATE milestone SET completed_on = DATE '2026-01-05' WHERE id = $1`, [open.id]);
    await t.db.query(`DELETE FROM measure_participating_unit WHERE measure_id = $1`, [before.id]);

    for (const client of [office, council]) {
      const after = (await read(client)).data.modelProject.measures.nodes.find((m) => m.id === before.id);
      expect(after?.milestones.find((ms) => ms.id === open.id)?.completedOn).toBe('2026-01-05');
      expect(after?.participatingUnits).toEqual([]);
    }
  });

  it('keeps viewers apart: a cluster partner never gets the project office’s answer', async () => {
    const full = (await read(office)).data.modelProject.measures.nodes;
    const partner = await t.signIn('admin.myk@example.org');
    const seen = (await read(partner)).data.modelProject.measures.nodes;
    expect(seen.length).toBeLessThan(full.length);
    expect(seen.every((m) => m.published)).toBe(true);
  });

  it('follows a change of membership at once', async () => {
    expect((await read(council)).data.modelProject.summary.measureCount).toBeGreaterThan(0);
    await t.db.query(
      `DELETE FROM membership WHERE user_id = (SELECT id FROM app_user WHERE email = 'rat.eif@example.org')`,
    );
    const result = await council.request(LIST, { code: 'EIF' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
