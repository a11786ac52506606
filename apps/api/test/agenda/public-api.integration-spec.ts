import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import {
  aCluster,
  aCostPlanEntry,
  aMeasure,
  aMember,
  aMilestone,
  aProject,
  aStatusReport,
  costCategories,
  Member,
  operatorOf,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const SCHEMA = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

/** The queries anyone may ask without signing in, and why. Everything else must answer UNAUTHENTICATED. */
const PUBLIC_QUERIES: Record<string, string> = {
  installation: 'the legal links every page shows (decision 0067)',
  viewer: 'who is signed in: null for an anonymous caller',
  invitationByToken: 'the mailed link is the proof (its token); an unknown token is NOT_FOUND',
  publicProjects: 'the public read model (decision 0071)',
  publicProject: 'the public read model',
  publicMeasures: 'the public read model',
  publicMeasure: 'the public read model',
  publicChangeLog: 'the public read model',
  publicCluster: 'the public places: a cluster comparing its projects that publish (decision 0072)',
  publicMunicipality: 'the public places: a member municipality of a project that publishes (decision 0072)',
};

/** Types the other public queries give: the installation's links, the viewer (null anonymously), an invitation. */
const ALSO_PUBLIC = ['Installation'];

/** Strings of the world that must never reach an anonymous caller. */
const SECRETS = [
  'GEHEIM-UNVEROEFFENTLICHT',
  'GEHEIM-NICHT-FREIGEGEBEN',
  'Erika Geheimnis',
  'erika.geheimnis@example.org',
  'GEHEIM-PARTNER',
  'GEHEIM-RISIKO',
  'GEHEIM-GESUNDHEIT',
  'GEHEIM-BUDGET',
  'GEHEIM-STRATEGIE-NOTIZ',
  'GEHEIM-VISION-NEU',
  'GEHEIM-FORTSCHRITT',
  'Projektbüro Geheim',
  '12345.67',
];

/** A value of an argument's type that passes GraphQL validation (the guard refuses before the arguments are read). */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, dummy(f.type)]),
    );
  const scalars: Record<string, unknown> = {
    ID: '7c0c8a4e-0000-4000-8000-0000000000aa',
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: false,
    LocalDate: '2026-01-01',
    Money: '1.00',
    DateTime: '2026-01-01T00:00:00Z',
  };
  return scalars[(type as GraphQLNamedType).name] ?? 'x';
}

/** Every field of a type down to `depth` levels, without fields that need arguments. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isScalarType(named) || isEnumType(named)) return f.name;
      if (depth <= 0) return '';
      const inner = selection(named, depth - 1);
      return inner ? `${f.name} { ${inner} }` : '';
    })
    .filter(Boolean);
  return fields.join(' ');
}

const operation = (field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, depth = 3) => {
  const used = field.args.filter((a: GraphQLArgument) => a.name in args);
  const definitions = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const inner = selection(named, depth);
  return `query${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${inner ? ` { ${inner} }` : ''} }`;
};

/** The object types an anonymous caller can reach from the public queries. */
function reachable(schema: GraphQLSchema, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
  };
  const query = schema.getQueryType() as GraphQLObjectType;
  for (const root of roots) visit(getNamedType(query.getFields()[root].type));
  return seen;
}

/**
 * The public read model (issue 16, decision 0071): walks every query and every type an anonymous caller can reach,
 * and proves that unpublished measures, unreleased changes, money a project keeps internal, people and history never
 * reach one.
 */
describe('the public read model', () => {
  let t: TestApp;
  let eif: Project;
  let quiet: Project;
  let admin: Member;
  let released: { id: string; code: string; version: number };
  let unpublished: { code: string };
  const ars = `07${String(Date.now()).slice(-10)}`;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    const cluster = await aCluster(t);
    eif = await aProject(t, { cluster });
    quiet = await aProject(t, { cluster });
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro Geheim' });
    released = await aMeasure(t, eif, {
      title: 'Offene Daten für alle',
      summary: 'Öffentliche Kurzfassung',
      status: 'IN_PROGRESS',
      leadUnitId: eif.members[0].id,
      participatingUnitIds: [eif.members[1].id],
      contactName: 'Erika Geheimnis',
      contactEmail: 'erika.geheimnis@example.org',
      partners: ['GEHEIM-PARTNER'],
      budgetDeviationReason: 'GEHEIM-BUDGET',
    });
    const { updateMeasureProgress } = await admin.data(
      `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { version } }`,
      {
        input: {
          id: released.id,
          version: released.version,
          manualHealth: 'AT_RISK',
          manualHealthReason: 'GEHEIM-GESUNDHEIT',
          manualProgress: 40,
          manualProgressReason: 'GEHEIM-FORTSCHRITT',
        },
      },
    );
    released = { ...released, version: updateMeasureProgress.version };
    await aMilestone(t, released, { title: 'Portal online', baselineDate: '2027-03-01' });
    // a Regionalschlüssel for the participating municipality, to filter by
    await t.db.query(`UPDATE territorial_unit SET ars = $1 WHERE id = $2`, [ars, eif.members[1].id]);
    await aStatusReport(t, released, { achieved: 'GEHEIM-RISIKO' });
    const [category] = Object.values(await costCategories(t));
    await aCostPlanEntry(t, released, { year: 2027, costCategoryId: category.id, planned: '12345.67' });
    unpublished = await aMeasure(t, eif, { title: 'GEHEIM-UNVEROEFFENTLICHT' });
    await admin.data(`mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { released } }`, {
      input: { modelProjectId: eif.id, measureIds: [released.id] },
    });
    // a change after the release: not public until released again
    await admin.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
      input: { id: released.id, version: released.version, title: 'GEHEIM-NICHT-FREIGEGEBEN' },
    });
    // the project's page: released with its strategy; the version's notes never public, a later vision not yet
    const { addStrategyVersion } = await admin.data(
      `mutation($input: AddStrategyVersionInput!) { addStrategyVersion(input: $input) { id version } }`,
      {
        input: {
          strategyId: eif.strategy?.id,
          label: 'Fassung 1',
          vision: 'Öffentliche Vision',
          notes: 'GEHEIM-STRATEGIE-NOTIZ',
        },
      },
    );
    await admin.data(`mutation { releaseProjectPage(modelProjectId: "${eif.id}") { released } }`);
    await admin.data(`mutation($input: UpdateStrategyVersionInput!) { updateStrategyVersion(input: $input) { id } }`, {
      input: { id: addStrategyVersion.id, version: addStrategyVersion.version, vision: 'GEHEIM-VISION-NEU' },
    });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  const args = (name: string): Record<string, unknown> =>
    ({
      publicProject: { code: eif.code },
      publicMeasures: { projectCode: eif.code },
      publicMeasure: { projectCode: eif.code, code: released.code },
      publicChangeLog: { projectCode: eif.code },
      publicCluster: { id: eif.clusterId },
      publicMunicipality: { projectCode: eif.code, ars },
    })[name] ?? {};

  it('answers exactly the public queries without sign-in, and every other query UNAUTHENTICATED', async () => {
    const query = SCHEMA.getQueryType() as GraphQLObjectType;
    const answered: string[] = [];
    for (const field of Object.values(query.getFields())) {
      const given = {
        ...Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, dummy(a.type)])),
        ...args(field.name),
      };
      // a shallow selection: the point is whether the query answers, within the anonymous budget of complexity
      const result = await t.anonymous().request(operation(field, given, 1), given);
      const code = result.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED') answered.push(field.name);
      if (field.name.startsWith('public'))
        expect({ query: field.name, errors: result.errors }).toEqual({ query: field.name, errors: undefined });
    }
    expect(answered.sort()).toEqual(Object.keys(PUBLIC_QUERIES).sort());
  });

  it('reaches only public types from the public queries', () => {
    const types = [
      ...reachable(
        SCHEMA,
        Object.keys(PUBLIC_QUERIES).filter((q) => q.startsWith('public') || q === 'installation'),
      ),
    ].sort();
    expect(types.filter((name) => !name.startsWith('Public') && !ALSO_PUBLIC.includes(name))).toEqual([]);
    // and none of them is the internal change log entry or a measure
    expect(types).not.toContain('Measure');
    expect(types).not.toContain('HistoryEntry');
  });

  it('shows the released version, never what is unpublished, unreleased, internal, people or money kept internal', async () => {
    const query = SCHEMA.getQueryType() as GraphQLObjectType;
    let everything = '';
    for (const name of Object.keys(PUBLIC_QUERIES).filter((q) => q.startsWith('public'))) {
      const field = query.getFields()[name];
      const result = await t.anonymous().request(operation(field, args(name)), args(name));
      expect(result.errors).toBeUndefined();
      everything += JSON.stringify(result.data);
    }
    expect(everything).toContain('Offene Daten für alle');
    expect(everything).toContain('Portal online');
    expect(everything).toContain('Öffentliche Kurzfassung');
    expect(everything).toContain('Öffentliche Vision');
    for (const secret of SECRETS)
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    expect(everything).not.toContain(quiet.code);
    // money is not public by default
    const { publicMeasure } = await t
      .anonymous()
      .data(`{ publicMeasure(projectCode: "${eif.code}", code: "${released.code}") { plannedTotal progress } }`);
    expect(publicMeasure).toEqual({ plannedTotal: null, progress: null });
  });

  it('answers NOT_FOUND for projects that do not publish and measures that are not public', async () => {
    const anonymous = t.anonymous();
    expect(await anonymous.errorCode(`{ publicProject(code: "${quiet.code}") { name } }`)).toBe('NOT_FOUND');
    expect(
      await anonymous.errorCode(`{ publicMeasure(projectCode: "${eif.code}", code: "${unpublished.code}") { title } }`),
    ).toBe('NOT_FOUND');
    expect(await anonymous.errorCode(`{ publicMeasures(projectCode: "${quiet.code}") { totalCount } }`)).toBe(
      'NOT_FOUND',
    );
  });

  it('filters, searches, sorts and pages the published measures, and refuses clumsy pages', async () => {
    const anonymous = t.anonymous();
    const list = async (filter: string) =>
      (await anonymous.data(`{ publicMeasures(projectCode: "${eif.code}"${filter}) { totalCount nodes { code } } }`))
        .publicMeasures;
    expect(await list('')).toEqual({ totalCount: 1, nodes: [{ code: released.code }] });
    expect((await list(', search: "offene"')).totalCount).toBe(1);
    expect((await list(', search: "GEHEIM"')).totalCount).toBe(0);
    expect((await list(', search: "%"')).totalCount).toBe(0);
    expect((await list(', status: "IN_PROGRESS"')).totalCount).toBe(1);
    expect((await list(', status: "COMPLETED"')).totalCount).toBe(0);
    expect((await list(`, municipality: "${ars}"`)).totalCount).toBe(1);
    expect((await list(', municipality: "071111111111"')).totalCount).toBe(0);
    expect((await list(', sort: TITLE, first: 1, offset: 1')).nodes).toEqual([]);
    expect(
      await anonymous.errorCode(`{ publicMeasures(projectCode: "${eif.code}", first: 1000) { totalCount } }`),
    ).toBe('BAD_USER_INPUT');
    expect(await anonymous.errorCode(`{ publicMeasures(projectCode: "${eif.code}", offset: -1) { totalCount } }`)).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('the limits of the public read model', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      demo: false,
      env: { PUBLIC_GRAPHQL_RATE_PER_MINUTE: '5', PUBLIC_GRAPHQL_MAX_COMPLEXITY: '100', TRUST_PROXY: 'true' },
    });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('refuses an anonymous caller more than its budget of complexity, which a signed-in one has', async () => {
    const big = `{ publicMeasures(projectCode: "X", first: 100) { totalCount nodes { code title summary } } }`;
    expect((await t.anonymous().error(big)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'complexity',
      maxComplexity: 100,
    });
    // a signed-in caller has the general budget: the same operation runs (and finds no such project)
    expect((await (await operatorOf(t)).error(big)).extensions?.code).toBe('NOT_FOUND');
  });

  it('answers 429 with Retry-After once an address has asked too often in a minute', async () => {
    // an address of its own: the other tests of this app asked without sign-in too
    const anonymous = t.anonymous().withHeaders({ 'x-forwarded-for': '203.0.113.9' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await anonymous.request(`{ installation { imprintUrl } }`)).status);
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    const last = await anonymous.request(`{ installation { imprintUrl } }`);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'PUBLIC_RATE_LIMIT' });
  });
});
