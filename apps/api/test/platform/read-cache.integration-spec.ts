import { ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY_KEY } from '@masswerk/api/core';
import { SqlStatementCounter } from '@masswerk/api/database';
import { aClusterOf, aMember, aVariedPortfolio } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { appPerBlock } from '../support/app-per-block';
import { collectCachedReadFields } from '../../src/app/read-cache';

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
  /** A project with a varied portfolio (half of it published), and its cluster peer. */
  const app = appPerBlock(async (t) => {
    const {
      projects: [project, peer],
    } = await aClusterOf(t, [{}, {}]);
    await aVariedPortfolio(t, project);
    const office = await aMember(t, project, 'ADMIN');
    const council = await aMember(t, project, 'COUNCIL');
    return { office, council, project, peer };
  });

  async function read(client: GraphqlClient): Promise<{ data: ListData; statements: number }> {
    const before = SqlStatementCounter.count;
    const data = await client.data<ListData>(LIST, { code: app.project.code });
    return { data, statements: SqlStatementCounter.count - before };
  }

  it('answers a repeated read with two statements (who is asking, has anything changed) and the same data', async () => {
    // a viewer of their own: nothing they read is cached yet, whichever scenario ran before
    const viewer = await aMember(app.t, app.project, 'ADMIN');
    const first = await read(viewer);
    const second = await read(viewer);
    expect(first.statements).toBeGreaterThan(4);
    expect(second.statements).toBe(2);
    expect(second.data).toEqual(first.data);
  });

  it('computes an answer once when identical requests arrive together', async () => {
    const rollup = (by: string) => `{ portfolioBreakdown(by: ${by}) { key summary { measureCount } } }`;
    let before = SqlStatementCounter.count;
    await app.office.data(rollup('MUNICIPALITY'));
    const one = SqlStatementCounter.count - before;

    before = SqlStatementCounter.count;
    const answers = await Promise.all([1, 2, 3].map(() => app.office.data(rollup('FIELD_OF_ACTION'))));
    // every request asks who is asking and whether anything changed; the roll-up runs once
    expect(SqlStatementCounter.count - before).toBe(one + 2 * 2);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('shows a change made through the API at once', async () => {
    const measure = (await read(app.office)).data.modelProject.measures.nodes[0];
    await app.office.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
      input: { id: measure.id, version: measure.version, title: 'Neuer Titel nach Zwischenspeicher' },
    });
    const after = (await read(app.office)).data.modelProject.measures.nodes.find((m) => m.id === measure.id);
    expect(after?.title).toBe('Neuer Titel nach Zwischenspeicher');
  });

  it('shows changes made with plain SQL, also in link tables and for other viewers', async () => {
    await read(app.council); // cache the council's view too
    const before = (await read(app.office)).data.modelProject.measures.nodes.find(
      (m) => m.milestones.some((ms) => ms.completedOn === null) && m.participatingUnits.length > 0,
    );
    const open = before?.milestones.find((ms) => ms.completedOn === null);
    if (!before || !open) throw new Error('the portfolio has no measure with an open milestone and participants');
    await app.t.db.query(`UPDATE milestone SET completed_on = DATE '2026-01-05' WHERE id = $1`, [open.id]);
    await app.t.db.query(`DELETE FROM measure_participating_unit WHERE measure_id = $1`, [before.id]);

    for (const client of [app.office, app.council]) {
      const after = (await read(client)).data.modelProject.measures.nodes.find((m) => m.id === before.id);
      expect(after?.milestones.find((ms) => ms.id === open.id)?.completedOn).toBe('2026-01-05');
      expect(after?.participatingUnits).toEqual([]);
    }
  });

  it('keeps viewers apart: a cluster partner never gets the project office’s answer', async () => {
    const full = (await read(app.office)).data.modelProject.measures.nodes;
    const partner = await aMember(app.t, app.peer, 'ADMIN');
    const seen = (await read(partner)).data.modelProject.measures.nodes;
    expect(seen.length).toBeLessThan(full.length);
    expect(seen.every((m) => m.published)).toBe(true);
  });

  it('follows a change of membership at once', async () => {
    // a council member of their own, whom no other scenario needs afterwards
    const leaving = await aMember(app.t, app.project, 'COUNCIL');
    expect((await read(leaving)).data.modelProject.summary.measureCount).toBeGreaterThan(0);
    await app.t.db.query(`DELETE FROM membership WHERE user_id = $1`, [leaving.user.id]);
    const result = await leaving.request(LIST, { code: app.project.code });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the read model, as its queries declare it', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ demo: false })));
  afterAll(() => t.close());

  it('holds the queries that carry @CachedRead(), and none about accounts, sessions or anonymous callers', () => {
    const fields = collectCachedReadFields(t.app.get(ModulesContainer));
    expect([...fields]).toEqual(
      expect.arrayContaining(['measures', 'modelProject', 'portfolioSummary', 'territorialUnits']),
    );
    // every declared query is an ordinary signed-in read: not public, not session-only (accounts), not operators' only
    const policies = new Map<string, string>();
    for (const module of t.app.get(ModulesContainer).values())
      for (const wrapper of module.providers.values()) {
        const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
        if (!type?.prototype) continue;
        for (const key of Object.getOwnPropertyNames(type.prototype)) {
          const method = Object.getOwnPropertyDescriptor(type.prototype, key)?.value;
          if (typeof method !== 'function' || Reflect.getMetadata('graphql:resolver_type', method) !== 'Query')
            continue;
          const policy = Reflect.getMetadata(ACCESS_POLICY_KEY, method) ?? Reflect.getMetadata(ACCESS_POLICY_KEY, type);
          policies.set(Reflect.getMetadata('graphql:resolver_name', method) ?? key, String(policy));
        }
      }
    expect([...fields].filter((f) => policies.get(f) !== 'AUTHENTICATED')).toEqual([]);
  });
});
