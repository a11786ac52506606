import { aMember, aProject, aVariedPortfolio } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

const LIST = `query($first: Int, $after: String, $filter: MeasureFilter, $orderBy: MeasureOrder) {
  measures(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    nodes { id code title status phase plannedEnd updatedAt progress { value } health { value } freshness { value } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  nodes: {
    id: string;
    code: string;
    title: string;
    status: string;
    phase: string;
    plannedEnd: string | null;
    progress: { value: number };
    health: { value: string };
    freshness: { value: string };
  }[];
};

describe('measure lists', () => {
  const app = appPerBlock(async (t) => {
    const eif = await aProject(t);
    const eifId = eif.id;
    const admin = await aMember(t, eif, 'ADMIN');
    const portfolio = await aVariedPortfolio(t, eif);
    // a second project, so that every filter has something to leave out
    await aVariedPortfolio(t, await aProject(t), 4);
    return { eif, eifId, admin, portfolio };
  });

  const list = async (variables: Record<string, unknown>): Promise<Page> =>
    (await app.admin.data(LIST, variables)).measures;
  const all = async (variables: Record<string, unknown>, first = 7): Promise<Page['nodes']> => {
    const nodes: Page['nodes'] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await list({ ...variables, first, after });
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  };

  it('pages through every measure exactly once, in order, with consistent counts', async () => {
    const filter = { modelProjectIds: [app.eifId] };
    const { rows } = await app.t.db.query(`SELECT code FROM measure WHERE model_project_id = $1 ORDER BY code, id`, [
      app.eifId,
    ]);
    const paged = await all({ filter });
    expect(paged.map((m) => m.code)).toEqual(rows.map((r) => r.code));
    const first = await list({ filter, first: 5 });
    expect(first.totalCount).toBe(rows.length);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
  });

  it('ends with an empty last page when the count divides evenly', async () => {
    const filter = { modelProjectIds: [app.eifId] };
    const total = (await list({ filter, first: 1 })).totalCount;
    const whole = await list({ filter, first: total });
    expect(whole.nodes).toHaveLength(total);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const beyond = await list({ filter, first: 5, after: whole.pageInfo.endCursor });
    expect(beyond.nodes).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: null });
  });

  it.each([
    ['TITLE', 'ASC'],
    ['PLANNED_END', 'DESC'],
    ['PROGRESS', 'DESC'],
    ['STATUS', 'ASC'],
    ['UPDATED_AT', 'DESC'],
    ['LAST_REPORT', 'ASC'],
    ['DUE_FIRST', 'ASC'],
  ])('keeps keyset pages stable when sorted by %s %s', async (field, direction) => {
    const filter = { modelProjectIds: [app.eifId] };
    const onePage = await list({ filter, first: 100, orderBy: { field, direction } });
    const paged = await all({ filter, orderBy: { field, direction } }, 4);
    expect(paged.map((m) => m.id)).toEqual(onePage.nodes.map((m) => m.id));
  });

  it('sorts by progress as computed', async () => {
    const page = await list({
      filter: { modelProjectIds: [app.eifId] },
      first: 100,
      orderBy: { field: 'PROGRESS', direction: 'DESC' },
    });
    const values = page.nodes.map((m) => m.progress.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it.each([[0], [101], [-1]])('refuses a page size of %i', async (first) => {
    expect(await app.admin.errorCode(LIST, { first })).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged cursor', async () => {
    expect(await app.admin.errorCode(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' })).toBe('BAD_USER_INPUT');
  });

  it('filters by status, phase and flagship in the database', async () => {
    const page = await list({
      first: 100,
      filter: { modelProjectIds: [app.eifId], statuses: ['IN_PROGRESS'], phase: 'B' },
    });
    const { rows } = await app.t.db.query(
      `SELECT count(*)::int AS n FROM measure WHERE model_project_id = $1 AND status = 'IN_PROGRESS' AND phase = 'B'`,
      [app.eifId],
    );
    expect(page.totalCount).toBe(rows[0].n);
    expect(page.nodes.every((m) => m.status === 'IN_PROGRESS' && m.phase === 'B')).toBe(true);
  });

  it('filters by computed health and freshness, agreeing with the computed fields', async () => {
    for (const health of ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSED']) {
      const page = await list({ first: 100, filter: { modelProjectIds: [app.eifId], health: [health] } });
      expect(page.nodes.every((m) => m.health.value === health)).toBe(true);
    }
    const stale = await list({
      first: 100,
      filter: { modelProjectIds: [app.eifId], freshness: ['STALE', 'VERY_STALE'] },
    });
    expect(stale.nodes.every((m) => ['STALE', 'VERY_STALE'].includes(m.freshness.value))).toBe(true);
  });

  it('filters by municipality, lead or participating', async () => {
    const rows = [app.eif.members[0]];
    const page = await list({ first: 100, filter: { municipalityId: rows[0].id } });
    const { rows: expected } = await app.t.db.query(
      `SELECT count(*)::int AS n FROM measure m WHERE m.lead_unit_id = $1 OR EXISTS (SELECT 1 FROM measure_participating_unit p WHERE p.measure_id = m.id AND p.territorial_unit_id = $1)`,
      [rows[0].id],
    );
    expect(page.totalCount).toBe(expected[0].n);
    expect(page.totalCount).toBeGreaterThan(0);
  });

  it('filters by field of action', async () => {
    const rows = app.eif.fields.filter((f) => f.code === 'HF1');
    const page = await list({ first: 100, filter: { fieldOfActionId: rows[0].id } });
    const { rows: expected } = await app.t.db.query(
      `SELECT count(*)::int AS n FROM measure_field_of_action WHERE field_of_action_id = $1`,
      [rows[0].id],
    );
    expect(page.totalCount).toBe(expected[0].n);
  });

  it('finds measures by words and word beginnings in German', async () => {
    expect(app.portfolio.map((m) => m.title)).toContain('Datenplattform für die Region');
    const page = await list({ first: 10, filter: { search: 'datenplatt' } });
    expect(page.nodes.some((m) => m.title.includes('Datenplattform'))).toBe(true);
    const byCode = await list({ first: 10, filter: { search: app.portfolio[2].code.toLowerCase() } });
    expect(byCode.nodes.map((m) => m.code)).toContain(app.portfolio[2].code);
  });

  it('finds nothing for a word that occurs nowhere', async () => {
    expect((await list({ first: 10, filter: { search: 'Zeppelinlandeplatz' } })).totalCount).toBe(0);
  });
});
