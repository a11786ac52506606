import { ActorService } from '@masswerk/api/identity';
import { Permission } from '@masswerk/shared/domain';
import {
  aClusterOf,
  aCopyOfMeasure,
  aMeasure,
  aMember,
  aMembership,
  aPlatformAdmin,
  aProjectOutsideAnyCluster,
  assign,
  aVariedPortfolio,
  Cluster,
  measureFootprint,
  SignedIn,
  WORLD_TIMEOUT,
} from '../support/factories';
import { GraphqlClient, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every role × operation × kind of measure is either allowed or FORBIDDEN, nothing in between. The table is written
 * out by hand from the rules in libs/shared/domain/src/lib/access.ts (READ_PROJECT, EDIT_PLAN, the editor rule for
 * REPORT_PROGRESS, published measures for cluster peers); a separate test checks it still agrees with those rules.
 *
 * The world (built by the test): EIF (the own project, OWN below), MYK and a third project in one cluster, each with
 * a small portfolio, and a project in no cluster. Who:
 *   ADMIN    ADMIN of EIF
 *   EDITOR   EDITOR of EIF, municipality Prüm, assigned to the own measure
 *   COUNCIL  COUNCIL of EIF
 *   FUNDER   FUNDER of EIF and of MYK
 *   PEER     ADMIN of MYK: a cluster peer of EIF
 *   PLATFORM platform administrator
 *
 * Which measure:
 *   own       an EIF measure assigned to the editor (published)
 *   unit      an EIF measure led by Prüm, not assigned to the editor (unpublished)
 *   other     an EIF measure neither assigned to the editor nor led by Prüm (unpublished)
 *   peerPub   a published MYK measure (MYK is EIF's cluster peer)
 *   peerUnpub an unpublished MYK measure
 *   outside   a published measure of a model project in no cluster
 */
const MATRIX = `
  operation              role      own  unit  other  peerPub  peerUnpub  outside
  read                   ADMIN     ✓    ✓     ✓      ✓        ✗          ✗
  read                   EDITOR    ✓    ✓     ✓      ✓        ✗          ✗
  read                   COUNCIL   ✓    ✓     ✓      ✓        ✗          ✗
  read                   FUNDER    ✓    ✓     ✓      ✓        ✓          ✗
  read                   PEER      ✓    ✗     ✗      ✓        ✓          ✗
  read                   PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  history                ADMIN     ✓    ✓     ✓      ✓        ✗          ✗
  history                EDITOR    ✓    ✓     ✓      ✓        ✗          ✗
  history                COUNCIL   ✓    ✓     ✓      ✓        ✗          ✗
  history                FUNDER    ✓    ✓     ✓      ✓        ✓          ✗
  history                PEER      ✓    ✗     ✗      ✓        ✓          ✗
  history                PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  updateMeasure          ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  updateMeasure          EDITOR    ✗    ✗     ✗      ✗        ✗          ✗
  updateMeasure          COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  updateMeasure          FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  updateMeasure          PEER      ✗    ✗     ✗      ✓        ✓          ✗
  updateMeasure          PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  updateMeasureProgress  ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  updateMeasureProgress  EDITOR    ✓    ✓     ✗      ✗        ✗          ✗
  updateMeasureProgress  COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  updateMeasureProgress  FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  updateMeasureProgress  PEER      ✗    ✗     ✗      ✓        ✓          ✗
  updateMeasureProgress  PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  createStatusReport     ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  createStatusReport     EDITOR    ✓    ✓     ✗      ✗        ✗          ✗
  createStatusReport     COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  createStatusReport     FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  createStatusReport     PEER      ✗    ✗     ✗      ✓        ✓          ✗
  createStatusReport     PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  reportMilestone        ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  reportMilestone        EDITOR    ✓    ✓     ✗      ✗        ✗          ✗
  reportMilestone        COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  reportMilestone        FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  reportMilestone        PEER      ✗    ✗     ✗      ✓        ✓          ✗
  reportMilestone        PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  createMilestone        ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  createMilestone        EDITOR    ✗    ✗     ✗      ✗        ✗          ✗
  createMilestone        COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  createMilestone        FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  createMilestone        PEER      ✗    ✗     ✗      ✓        ✓          ✗
  createMilestone        PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  setMeasureAssignees    ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  setMeasureAssignees    EDITOR    ✗    ✗     ✗      ✗        ✗          ✗
  setMeasureAssignees    COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  setMeasureAssignees    FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  setMeasureAssignees    PEER      ✗    ✗     ✗      ✓        ✓          ✗
  setMeasureAssignees    PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓

  deleteMeasure          ADMIN     ✓    ✓     ✓      ✗        ✗          ✗
  deleteMeasure          EDITOR    ✗    ✗     ✗      ✗        ✗          ✗
  deleteMeasure          COUNCIL   ✗    ✗     ✗      ✗        ✗          ✗
  deleteMeasure          FUNDER    ✗    ✗     ✗      ✗        ✗          ✗
  deleteMeasure          PEER      ✗    ✗     ✗      ✓        ✓          ✗
  deleteMeasure          PLATFORM  ✓    ✓     ✓      ✓        ✓          ✓
`;

const WHO = {
  ADMIN: 'ADMIN of EIF',
  EDITOR: 'EDITOR of EIF',
  COUNCIL: 'COUNCIL of EIF',
  FUNDER: 'FUNDER of EIF and MYK',
  PEER: 'ADMIN of MYK',
  PLATFORM: 'platform administrator',
} as const;
type Who = keyof typeof WHO;

const TARGETS = ['own', 'unit', 'other', 'peerPub', 'peerUnpub', 'outside'] as const;
type Target = (typeof TARGETS)[number];

type Outcome = 'allowed' | 'FORBIDDEN';
type Kind = 'read' | 'plan' | 'report';

interface Cell {
  operation: string;
  who: Who;
  target: Target;
  expected: Outcome;
}

function parseMatrix(text: string): Cell[] {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 1);
  expect(header.slice(2)).toEqual([...TARGETS]);
  return rows.flatMap(([operation, who, ...marks]) => {
    if (marks.length !== TARGETS.length || !(who in WHO)) throw new Error(`Bad matrix row: ${operation} ${who}`);
    return marks.map((mark, i) => ({
      operation,
      who: who as Who,
      target: TARGETS[i],
      expected: mark === '✓' ? 'allowed' : 'FORBIDDEN',
    }));
  });
}

const CELLS = parseMatrix(MATRIX);

/** Variables of a change on a fresh copy of the target measure (version 1, one milestone). */
interface Fresh {
  measureId: string;
  milestoneId: string;
}

const OPERATIONS: Record<string, { kind: Kind; document: string; variables: (m: Fresh) => Record<string, unknown> }> = {
  read: {
    kind: 'read',
    document: `query($id: ID!) { measure(id: $id) { id code published } }`,
    variables: (m) => ({ id: m.measureId }),
  },
  history: {
    kind: 'read',
    document: `query($id: ID!) { measure(id: $id) { history(limit: 20) { action entityType actorName } } }`,
    variables: (m) => ({ id: m.measureId }),
  },
  updateMeasure: {
    kind: 'plan',
    document: `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id version } }`,
    variables: (m) => ({ input: { id: m.measureId, version: 1, summary: 'Geändert in der Berechtigungsmatrix' } }),
  },
  updateMeasureProgress: {
    kind: 'report',
    document: `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { id version } }`,
    variables: (m) => ({ input: { id: m.measureId, version: 1, status: 'IN_PROGRESS' } }),
  },
  createStatusReport: {
    kind: 'report',
    document: `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`,
    variables: (m) => ({ input: { measureId: m.measureId, trafficLight: 'GREEN', progress: 40, achieved: 'Test' } }),
  },
  reportMilestone: {
    kind: 'report',
    document: `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id version forecastDate } }`,
    variables: (m) => ({ input: { id: m.milestoneId, version: 1, forecastDate: '2027-04-15' } }),
  },
  createMilestone: {
    kind: 'plan',
    document: `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
    variables: (m) => ({ input: { measureId: m.measureId, title: 'Abnahme', baselineDate: '2027-06-30' } }),
  },
  setMeasureAssignees: {
    kind: 'plan',
    document: `mutation($input: SetMeasureAssigneesInput!) { setMeasureAssignees(input: $input) { id version } }`,
    variables: (m) => ({ input: { measureId: m.measureId, version: 1, userIds: [] } }),
  },
  deleteMeasure: {
    kind: 'plan',
    document: `mutation($id: ID!) { deleteMeasure(id: $id, version: 1) }`,
    variables: (m) => ({ id: m.measureId }),
  },
};

/** Allowed (data, no errors) or FORBIDDEN (only FORBIDDEN errors, no data); anything else is reported as it is. */
function outcomeOf(result: GraphqlResponse<unknown>): string {
  const errors = result.errors ?? [];
  if (!errors.length && result.data) return 'allowed';
  if (errors.length && errors.every((e) => e.extensions?.code === 'FORBIDDEN') && result.data === null)
    return 'FORBIDDEN';
  return `neither allowed nor FORBIDDEN: ${JSON.stringify({ status: result.status, errors, data: result.data })}`;
}

/** One page of a connection, as the tests read it. */
type Page<N> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: N[];
};

describe('authorization matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Who, SignedIn>;
  const targets = {} as Record<Target, string>;
  let cluster: Cluster;
  /** The projects of the cluster by the names the table uses, and how many the cluster has. */
  const projectIds: Record<string, string> = {};
  let clusterSize: number;
  let mykId: string;
  let outsideId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    const built = await aClusterOf(t, [
      { municipalities: ['Gemeinde Prüm', 'Stadt Bitburg'] },
      { municipalities: ['Stadt Andernach', 'Stadt Mayen'] },
      {},
    ]);
    cluster = built.cluster;
    clusterSize = built.projects.length;
    const [eif, myk, third] = built.projects;
    Object.assign(projectIds, { OWN: eif.id, MYK: myk.id, THIRD: third.id });
    mykId = myk.id;
    const prum = eif.members[0];
    // the portfolios (four measures, half of them published) and the people do not depend on each other
    [clients.ADMIN, clients.EDITOR, clients.COUNCIL, clients.FUNDER, clients.PEER, clients.PLATFORM] =
      await Promise.all([
        aMember(t, eif, 'ADMIN'),
        aMember(t, eif, 'EDITOR', { unit: prum }),
        aMember(t, eif, 'COUNCIL'),
        aMember(t, eif, 'FUNDER'),
        aMember(t, myk, 'ADMIN'),
        aPlatformAdmin(t),
        ...built.projects.map((project) => aVariedPortfolio(t, project, 4)),
      ]);
    await aMembership(t, clients.FUNDER.user, myk, 'FUNDER');

    const elsewhere = eif.members[1];
    targets.own = (
      await assign(t, await aMeasure(t, eif, { published: true, leadUnitId: elsewhere.id }), [clients.EDITOR.user.id])
    ).id;
    targets.unit = (await aMeasure(t, eif, { published: false, leadUnitId: prum.id })).id;
    targets.other = (await aMeasure(t, eif, { published: false, leadUnitId: elsewhere.id })).id;
    targets.peerPub = (await aMeasure(t, myk, { published: true })).id;
    targets.peerUnpub = (await aMeasure(t, myk, { published: false })).id;
    const outside = await aProjectOutsideAnyCluster(t.db, 'OUT');
    outsideId = outside.projectId;
    targets.outside = outside.publishedId;
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('covers every operation for every role and kind of measure', () => {
    const operations = [...new Set(CELLS.map((c) => c.operation))];
    expect(operations.sort()).toEqual(Object.keys(OPERATIONS).sort());
    expect(CELLS).toHaveLength(operations.length * Object.keys(WHO).length * TARGETS.length);
  });

  it('agrees with the access rules of the shared domain library', async () => {
    const actors = t.app.get(ActorService, { strict: false });
    const disagreements: string[] = [];
    for (const who of Object.keys(WHO) as Who[]) {
      const actor = await actors.forUser(clients[who].user.id);
      for (const target of TARGETS) {
        const {
          rows: [m],
        } = await t.db.query(
          `SELECT model_project_id AS "projectId", lead_unit_id AS "leadUnitId", published,
                  coalesce((SELECT array_agg(user_id::text) FROM measure_assignee WHERE measure_id = m.id), '{}') AS "assigneeIds"
             FROM measure m WHERE id = $1`,
          [targets[target]],
        );
        const rule: Record<Kind, boolean> = {
          read: actor.canReadMeasure(m),
          plan: actor.can(Permission.EDIT_PLAN, m.projectId),
          report: actor.canReportOn(m),
        };
        for (const cell of CELLS.filter((c) => c.who === who && c.target === target)) {
          const byRule: Outcome = rule[OPERATIONS[cell.operation].kind] ? 'allowed' : 'FORBIDDEN';
          if (byRule !== cell.expected)
            disagreements.push(`${cell.operation} ${who} ${target}: table ${cell.expected}, rules ${byRule}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  describe.each(Object.keys(OPERATIONS))('%s', (operation) => {
    const cells = CELLS.filter((c) => c.operation === operation).map((c) => [c.who, c.target, c.expected, c] as const);

    it.each(cells)('%s on the %s measure: %s', async (_who, _target, _expected, cell) => {
      const op = OPERATIONS[cell.operation];
      if (op.kind === 'read') {
        const result = await clients[cell.who].request(
          op.document,
          op.variables({ measureId: targets[cell.target], milestoneId: '' }),
        );
        expect(outcomeOf(result)).toBe(cell.expected);
        return;
      }
      // Changes run on a fresh copy of the target, so that no cell depends on another.
      const fresh = await aCopyOfMeasure(t.db, targets[cell.target]);
      const before = await measureFootprint(t.db, fresh.measureId);
      const result = await clients[cell.who].request(op.document, op.variables(fresh));
      expect(outcomeOf(result)).toBe(cell.expected);
      const after = await measureFootprint(t.db, fresh.measureId);
      if (cell.expected === 'FORBIDDEN') {
        expect(after).toEqual(before);
      } else {
        // Exactly one history entry for the one change; deleting the measure also records its one milestone.
        expect(after['history']).toBe(cell.operation === 'deleteMeasure' ? 2 : 1);
      }
    });
  });

  describe('lists', () => {
    /** What each role reads in full; of the other projects of the cluster only published measures. */
    const FULL: Record<Who, string[] | 'all'> = {
      ADMIN: ['OWN'],
      EDITOR: ['OWN'],
      COUNCIL: ['OWN'],
      FUNDER: ['OWN', 'MYK'],
      PEER: ['MYK'],
      PLATFORM: 'all',
    };

    const readableIds = async (who: Who): Promise<string[]> => {
      const full = FULL[who];
      const { rows } =
        full === 'all'
          ? await t.db.query(`SELECT id FROM measure ORDER BY id`)
          : await t.db.query(
              `SELECT m.id FROM measure m JOIN model_project p ON p.id = m.model_project_id
                WHERE p.id = ANY($1::uuid[]) OR (m.published AND p.cluster_id = $2)
                ORDER BY m.id`,
              [full.map((name) => projectIds[name]), cluster.id],
            );
      return rows.map((r) => r.id);
    };

    const listAll = async (client: GraphqlClient, filter: Record<string, unknown> = {}) => {
      const ids: string[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (;;) {
        const { measures }: { measures: Page<{ id: string }> } = await client.data(
          `query($after: String, $filter: MeasureFilter) { measures(first: 100, after: $after, filter: $filter) {
             totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
          { after, filter },
        );
        totalCount = measures.totalCount;
        ids.push(...measures.nodes.map((n: { id: string }) => n.id));
        if (!measures.pageInfo.hasNextPage) return { ids: ids.sort(), totalCount };
        after = measures.pageInfo.endCursor;
      }
    };

    it.each(Object.keys(WHO) as Who[])(
      'show %s exactly the measures they may read, with matching counts and summaries',
      async (who) => {
        const expected = await readableIds(who);
        const listed = await listAll(clients[who]);
        expect(listed.ids).toEqual(expected);
        expect(listed.totalCount).toBe(expected.length);
        const { portfolioSummary, portfolioBreakdown } = await clients[who].data(
          `{ portfolioSummary { measureCount } portfolioBreakdown(by: MODEL_PROJECT) { key summary { measureCount } } }`,
        );
        expect(portfolioSummary.measureCount).toBe(expected.length);
        const perProject = portfolioBreakdown.reduce(
          (sum: number, g: { summary: { measureCount: number } }) => sum + g.summary.measureCount,
          0,
        );
        expect(perProject).toBe(expected.length);
        if (who !== 'PLATFORM') {
          expect(portfolioBreakdown.map((g: { key: string }) => g.key)).not.toContain(outsideId);
        }
      },
    );

    it.each(['ADMIN', 'EDITOR', 'COUNCIL'] as Who[])(
      'never show %s an unpublished measure of a peer, even when filtering or searching for it',
      async (who) => {
        const { rows } = await t.db.query(
          `SELECT id, code FROM measure WHERE model_project_id = $1 AND NOT published ORDER BY code`,
          [mykId],
        );
        expect(rows.length).toBeGreaterThan(0);
        const hidden = new Set(rows.map((r) => r.id));
        const { ids } = await listAll(clients[who], { modelProjectIds: [mykId] });
        expect(ids.filter((id) => hidden.has(id))).toEqual([]);
        const searched = await listAll(clients[who], { search: rows[0].code });
        expect(searched.ids).not.toContain(rows[0].id);
        expect(searched.totalCount).toBe(searched.ids.length);
        const { published } = (
          await t.db.query(`SELECT count(*)::int AS published FROM measure WHERE model_project_id = $1 AND published`, [
            mykId,
          ])
        ).rows[0];
        const { modelProject } = await clients[who].data(
          `query($id: ID!) { modelProject(id: $id) { measures(first: 100) { totalCount } summary { measureCount } } }`,
          { id: mykId },
        );
        expect(modelProject.measures.totalCount).toBe(published);
        expect(modelProject.summary.measureCount).toBe(published);
      },
    );

    it.each(Object.keys(WHO).filter((w) => w !== 'PLATFORM') as Who[])(
      'give %s no trace of the project outside the cluster',
      async (who) => {
        const client = clients[who];
        expect(await listAll(client, { modelProjectIds: [outsideId] })).toEqual({ ids: [], totalCount: 0 });
        expect(await listAll(client, { search: 'OUT-M001' })).toEqual({ ids: [], totalCount: 0 });
        const { portfolioSummary, modelProjects, clusters } = await client.data(
          `query($f: MeasureFilter) { portfolioSummary(filter: $f) { measureCount milestoneCount }
             modelProjects(first: 100) { totalCount nodes { id } }
             clusters { nodes { modelProjects { id } } } }`,
          { f: { modelProjectIds: [outsideId] } },
        );
        expect(portfolioSummary).toEqual({ measureCount: 0, milestoneCount: 0 });
        expect(modelProjects.nodes.map((p: { id: string }) => p.id)).not.toContain(outsideId);
        expect(modelProjects.totalCount).toBe(clusterSize);
        const clusterProjects = clusters.nodes.flatMap((c: { modelProjects: { id: string }[] }) => c.modelProjects);
        expect(clusterProjects.map((p: { id: string }) => p.id)).not.toContain(outsideId);
        expect(await client.errorCode(`query($id: ID!) { modelProject(id: $id) { id } }`, { id: outsideId })).toBe(
          'FORBIDDEN',
        );
      },
    );

    it('let the platform administrator see the project outside the cluster', async () => {
      const { rows } = await t.db.query(`SELECT id FROM measure WHERE model_project_id = $1 ORDER BY id`, [outsideId]);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(await listAll(clients.PLATFORM, { modelProjectIds: [outsideId] })).toEqual({
        ids: rows.map((r) => r.id),
        totalCount: rows.length,
      });
    });
  });
});
