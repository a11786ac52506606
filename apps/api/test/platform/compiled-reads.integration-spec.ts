import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { startAnotherInstance, signInCookies, startTestApp, TestApp } from '../support/test-app';

/**
 * Decision 0077: a `measures` query the compiler knows is answered by one SQL statement that builds its JSON; Apollo
 * answers everything else and is the reference. The property: for generated selections, arguments and viewers, the
 * compiled instance answers exactly what an instance without compiled reads answers (same data, same key order),
 * on the first page and on the page after its end cursor.
 *
 * An answer built by PostgreSQL's `json_build_object` writes `"key" : value`; JSON.stringify (Apollo) never writes a
 * space before a colon. That is how the tests tell which path answered.
 */
const COMPILED = /"data" : /;

const SCALARS = [
  'id',
  'code',
  'title',
  'summary',
  'description',
  'responsibleUnit',
  'contactName',
  'contactEmail',
  'partners',
  'priority',
  'flagship',
  'phase',
  'strategyWork',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'status',
  'continuationPlan',
  'budgetDeviationReason',
  'tags',
  'published',
  'version',
  'viewerCanReport',
  '__typename',
];
const MILESTONE = [
  'id',
  'title',
  'description',
  'baselineDate',
  'forecastDate',
  'completedOn',
  'weight',
  'sortOrder',
  'version',
  'dueDate',
  'slippageDays',
  'state',
  '__typename',
];
const SHARES = ['total', 'federal', 'own', '__typename'];
const UNIT = ['id', 'kind', 'name', 'ars', 'version', '__typename'];
const SORTS = [
  'CODE',
  'TITLE',
  'STATUS',
  'PLANNED_START',
  'PLANNED_END',
  'UPDATED_AT',
  'PROGRESS',
  'LAST_REPORT',
  'DUE_FIRST',
];
const VIEWERS = [
  'admin.eif@example.org',
  'editor.eif@example.org',
  'rat.eif@example.org',
  'foerderung@example.org',
  'betrieb@example.org',
];

const some = (names: string[]) => fc.subarray(names, { minLength: 1 });
/** A field, sometimes under an alias. */
const field = (name: string) => fc.nat({ max: 3 }).map((n) => (n === 0 ? `a_${name}: ${name}` : name));
const fields = (names: string[]) =>
  some(names).chain((picked) => fc.tuple(...picked.map(field)).map((all) => all.join(' ')));

const measureSelection = fc
  .record({
    scalars: fields(SCALARS),
    progress: fc.option(fields(['value', 'source', '__typename'])),
    health: fc.option(fields(['value', 'computed', 'overridden', 'overrideReason', 'expectedProgress', '__typename'])),
    modelProject: fc.option(fields(['id', 'code', 'name', '__typename'])),
    links: fc.option(
      fc.record({
        participatingUnits: fc.option(fields(UNIT)),
        adopters: fc.option(fields(UNIT)),
        fieldsOfAction: fc.option(fields(['id', 'code', 'name', 'description', 'sortOrder', 'version', '__typename'])),
        goals: fc.option(fields(['id', 'code', 'title', 'description', 'version'])),
        statusReports: fc.option(
          fc.tuple(
            fc.option(fc.integer({ min: -1, max: 25 })),
            fields(['id', 'reportDate', 'trafficLight', 'progress', 'achieved', 'nextSteps', 'risks', 'version']),
          ),
        ),
        indicators: fc.option(
          fc.tuple(
            fields([
              'id',
              'name',
              'unit',
              'description',
              'baselineValue',
              'targetValue',
              'targetDate',
              'sortOrder',
              'version',
            ]),
            fc.option(fields(['id', 'measuredOn', 'value', 'note', '__typename'])),
          ),
        ),
      }),
    ),
    leadUnit: fc.option(fields(UNIT)),
    freshness: fc.option(fields(['value', 'lastReportOn', 'daysSinceLastReport'])),
    milestones: fc.option(fields(MILESTONE)),
    budget: fc.option(
      fc.record({
        own: fc.option(fields(['fundingRate', 'remaining', '__typename'])),
        planned: fc.option(fields(SHARES)),
        actual: fc.option(fields(SHARES)),
        byCategory: fc.option(
          fc
            .subarray(['costCategoryId', 'remaining', 'planned { total federal own }', 'actual { total }'], {
              minLength: 1,
            })
            .map((picked) => picked.join(' ')),
        ),
      }),
    ),
  })
  .map(({ scalars, progress, health, modelProject, leadUnit, links, freshness, milestones, budget }) => {
    const parts = [scalars];
    if (links?.participatingUnits) parts.push(`participatingUnits { ${links.participatingUnits} }`);
    if (links?.adopters) parts.push(`adopters { ${links.adopters} }`);
    if (links?.fieldsOfAction) parts.push(`fieldsOfAction { ${links.fieldsOfAction} }`);
    if (links?.goals) parts.push(`goals { ${links.goals} }`);
    if (links?.statusReports) {
      const [limit, reportFields] = links.statusReports;
      parts.push(`statusReports${limit === null ? '' : `(limit: ${limit})`} { ${reportFields} }`);
    }
    if (links?.indicators) {
      const [indicatorFields, values] = links.indicators;
      parts.push(`indicators { ${indicatorFields} ${values ? `values { ${values} }` : ''} }`);
    }
    if (modelProject) parts.push(`modelProject { ${modelProject} }`);
    if (leadUnit) parts.push(`leadUnit { ${leadUnit} }`);
    if (progress) parts.push(`progress { ${progress} }`);
    if (health) parts.push(`health { ${health} }`);
    if (freshness) parts.push(`freshness { ${freshness} }`);
    if (milestones) parts.push(`milestones { ${milestones} }`);
    if (budget) {
      const inner = [
        budget.own ?? '',
        budget.planned ? `planned { ${budget.planned} }` : '',
        budget.actual ? `actual { ${budget.actual} }` : '',
        budget.byCategory ? `byCategory { ${budget.byCategory} }` : '',
      ].join(' ');
      parts.push(`budget { ${inner.trim() || 'remaining'} }`);
    }
    return parts.join(' ');
  });

const connectionSelection = fc
  .record({
    node: measureSelection,
    edges: fc.boolean(),
    pageInfo: fc.option(fields(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'])),
    totalCount: fc.boolean(),
    typename: fc.boolean(),
  })
  .map(({ node, edges, pageInfo, totalCount, typename }) =>
    [
      edges ? `edges { cursor node { ${node} } }` : `nodes { ${node} }`,
      // the end cursor is always asked, to read the next page
      `pageInfo { ${pageInfo ?? ''} endCursor hasNextPage }`,
      totalCount ? 'totalCount' : '',
      typename ? '__typename' : '',
    ].join(' '),
  );

const filter = fc.oneof(
  fc.constant(null),
  fc.record({ published: fc.boolean() }),
  fc.record({ statuses: fc.subarray(['IDEA', 'PLANNING', 'IN_PROGRESS', 'IMPLEMENTED', 'STOPPED']) }),
  fc.record({ health: fc.subarray(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSED'], { minLength: 1 }) }),
  fc.record({ freshness: fc.subarray(['CURRENT', 'DUE', 'STALE', 'VERY_STALE', 'NO_REPORT'], { minLength: 1 }) }),
  fc.record({ hasOverdueMilestone: fc.boolean(), flagship: fc.option(fc.boolean(), { nil: undefined }) }),
  fc.record({ search: fc.constantFrom('Plattform', 'digital', 'EIF-M01', 'xyz') }),
  fc.record({ mine: fc.boolean() }),
);

const query = fc.record({
  selection: connectionSelection,
  first: fc.integer({ min: 1, max: 30 }),
  orderBy: fc.option(fc.record({ field: fc.constantFrom(...SORTS), direction: fc.constantFrom('ASC', 'DESC') })),
  filter,
  viewer: fc.nat({ max: VIEWERS.length - 1 }),
  alias: fc.boolean(),
});

describe('compiled reads (decision 0077)', () => {
  let t: TestApp;
  let apollo: Awaited<ReturnType<typeof startAnotherInstance>>;
  const cookies = new Map<string, string[]>();

  beforeAll(async () => {
    t = await startTestApp();
    apollo = await startAnotherInstance(t, (config) => ({
      ...config,
      graphql: { ...config.graphql, compiledReads: false, readCacheMb: 0 },
    }));
    for (const email of VIEWERS) cookies.set(email, await signInCookies(t.baseUrl, email));
  });
  afterAll(async () => {
    await apollo?.close();
    await t?.close();
  });

  async function ask(baseUrl: string, email: string, text: string, variables: object): Promise<string> {
    const jar = cookies.get(email) as string[];
    const csrf = jar.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.join('; '), 'x-xsrf-token': csrf },
      body: JSON.stringify({ query: text, variables }),
    });
    return response.text();
  }

  /** Both instances' answers, the compiled one first; their data must be the same, key order included. */
  async function both(email: string, text: string, variables: object): Promise<[string, string]> {
    const compiled = await ask(t.baseUrl, email, text, variables);
    const reference = await ask(apollo.baseUrl, email, text, variables);
    expect(JSON.stringify(JSON.parse(compiled))).toBe(JSON.stringify(JSON.parse(reference)));
    return [compiled, reference];
  }

  it('answers every generated list query exactly as Apollo does, on its first page and the next', async () => {
    let compiledAnswers = 0;
    await fc.assert(
      fc.asyncProperty(query, async ({ selection, first, orderBy, filter, viewer, alias }) => {
        const text = `query List($first: Int, $after: String, $filter: MeasureFilter, $orderBy: MeasureOrder) {
          ${alias ? 'list: ' : ''}measures(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { ${selection} }
        }`;
        const email = VIEWERS[viewer];
        const variables = { first, filter, orderBy };
        const [compiled] = await both(email, text, variables);
        const body = JSON.parse(compiled);
        // a document over a limit (aliases, depth) is refused by both; the compiler never answers with an error
        if (body.errors) return expect(compiled).not.toMatch(COMPILED);
        // a limit the resolver refuses is left to Apollo, which only refuses it when a measure is on the page
        if (/statusReports\(limit: (-1|0)\)/.test(selection) && !COMPILED.test(compiled)) return;
        expect(compiled).toMatch(COMPILED);
        compiledAnswers++;
        const { pageInfo } = body.data[alias ? 'list' : 'measures'];
        if (pageInfo.hasNextPage) await both(email, text, { ...variables, after: pageInfo.endCursor });
      }),
      { numRuns: 60 },
    );
    // every generated query within the limits is one the compiler knows
    expect(compiledAnswers).toBeGreaterThan(45);
  }, 240_000);

  it('answers every generated measure page exactly as Apollo does, and leaves the refused ones to it', async () => {
    const { rows } = await t.db.query<{ id: string }>('SELECT id FROM measure ORDER BY code');
    let compiledAnswers = 0;
    await fc.assert(
      fc.asyncProperty(
        measureSelection,
        fc.nat({ max: rows.length - 1 }),
        fc.nat({ max: VIEWERS.length - 1 }),
        async (selection, measure, viewer) => {
          const text = `query Page($id: ID!) { measure(id: $id) { ${selection} } }`;
          const [compiled] = await both(VIEWERS[viewer], text, { id: rows[measure].id });
          if (COMPILED.test(compiled)) compiledAnswers++;
          else expect(JSON.parse(compiled).errors).toBeDefined(); // a measure this viewer may not read
        },
      ),
      { numRuns: 80 },
    );
    expect(compiledAnswers).toBeGreaterThan(40);
  }, 240_000);

  it('compiles the dashboard’s own list, for every viewer', async () => {
    const document = readFileSync(
      join(__dirname, '../../../../libs/dashboard/measures/data-access/src/lib/measures.graphql'),
      'utf8',
    );
    const text = document.slice(document.indexOf('query MeasureList'), document.indexOf('query MeasureFilterOptions'));
    for (const email of VIEWERS) {
      for (const variables of [
        { first: 25 },
        { first: 25, filter: { mine: true } },
        { first: 5, orderBy: { field: 'DUE_FIRST', direction: 'ASC' } },
      ]) {
        const [compiled] = await both(email, text, variables);
        expect(compiled).toMatch(COMPILED);
      }
    }
  });

  it('compiles the dashboard list and the benchmark list in one statement', async () => {
    const text = `query($project: ID!) {
      measures(first: 50, filter: { modelProjectIds: [$project] }, orderBy: { field: CODE, direction: ASC }) {
        nodes { id code title status phase plannedStart plannedEnd progress { value } health { value }
                freshness { value } milestones { id title baselineDate forecastDate completedOn state }
                budget { planned { total federal } actual { total } remaining } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const { rows } = await t.db.query(`SELECT id FROM model_project WHERE code = 'EIF'`);
    const [compiled] = await both('admin.eif@example.org', text, { project: rows[0].id });
    expect(compiled).toMatch(COMPILED);
    const nodes = JSON.parse(compiled).data.measures.nodes;
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.some((n: { budget: { planned: { total: string } } }) => n.budget.planned.total !== '0.00')).toBe(true);
  });

  it('leaves what it does not know to Apollo, with Apollo’s answer', async () => {
    const cases: [string, object][] = [
      ['{ measures(first: 2) { nodes { id canEdit } } }', {}],
      ['{ measures(first: 2) { nodes { ...F } } } fragment F on Measure { id code }', {}],
      ['{ measures(first: 2) { nodes { id @include(if: true) } } }', {}],
      ['{ measures(first: 2) { nodes { id } } today }', {}],
      ['query($a: String) { measures(first: 2, after: $a) { nodes { id } } }', { a: 'not a cursor' }],
      ['{ measures(first: 500) { nodes { id } } }', {}],
      ['{ measures(first: 2, filter: { modelProjectIds: ["nope"] }) { nodes { id } } }', {}],
      ['{ measures(first: 2) { nodes { id nope } } }', {}],
      ['query($f: MeasureFilter) { measures(first: 2, filter: $f) { nodes { id } } }', { f: { search: '\ud800' } }],
    ];
    for (const [text, variables] of cases) {
      const [compiled, reference] = await both('admin.eif@example.org', text, variables);
      expect({ text, compiled: COMPILED.test(compiled) }).toEqual({ text, compiled: false });
      expect(compiled).toBe(reference);
    }
  });

  it('never shows a cluster peer the money, nor an unpublished measure', async () => {
    const text = '{ measures(first: 100) { nodes { code published budget { remaining } } totalCount } }';
    const [compiled] = await both('rat.eif@example.org', text, {});
    expect(compiled).toMatch(COMPILED);
    const { nodes, totalCount } = JSON.parse(compiled).data.measures;
    const peers = nodes.filter((n: { code: string }) => !n.code.startsWith('EIF-'));
    expect(peers.length).toBeGreaterThan(0);
    expect(peers.every((n: { published: boolean; budget: unknown }) => n.published && n.budget === null)).toBe(true);
    expect(
      nodes.filter((n: { code: string }) => n.code.startsWith('EIF-')).every((n: { budget: unknown }) => n.budget),
    ).toBe(true);
    expect(totalCount).toBeGreaterThanOrEqual(nodes.length);
  });
});
