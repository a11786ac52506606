import { aClusterOf, aMeasure, aMember, aPlatformAdmin } from '../support/factories';
import { GraphqlResponse } from '../support/graphql-client';
import { appPerBlock } from '../support/app-per-block';

const ORIGIN = 'https://masswerk.example.org';
/** "Did not hang": far above any normal answer, far below the test timeout. */
const HANG_SECONDS = 20;

/** Sends an abusive request and checks the refusal came back, in time, as the client's error rather than a 500. */
async function refused<T>(send: () => Promise<GraphqlResponse<T>>): Promise<GraphqlResponse<T>> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    send(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer within ${HANG_SECONDS} s`)), HANG_SECONDS * 1000);
    }),
  ]).finally(() => clearTimeout(timer));
  expect(result.status).toBeGreaterThanOrEqual(200);
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(result.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(result.data ?? null).toBeNull();
  return result;
}

/** A chain of clusters and their projects, `fields` fields deep (each level is one field). */
function nestedProjects(fields: number): string {
  // modelProjects > nodes > (cluster > modelProjects)* > [cluster >] id
  const pairs = Math.floor((fields - 3) / 2);
  const extraCluster = (fields - 3) % 2 === 1;
  const inner = extraCluster ? '{ cluster { id } }' : '{ id }';
  return `{ modelProjects(first: 1) { nodes ${'{ cluster { modelProjects '.repeat(pairs)}${inner}${' } }'.repeat(pairs)} } }`;
}

describe('hardening in production', () => {
  /** A project of a cluster (so documents can nest clusters and projects) with a measure, and its administrator. */
  const app = appPerBlock(
    async (t) => {
      const {
        projects: [project],
      } = await aClusterOf(t, [{}, {}]);
      const measure = await aMeasure(t, project);
      return { project, measure, client: await aMember(t, project, 'ADMIN') };
    },
    { env: { NODE_ENV: 'production', PUBLIC_ORIGIN: ORIGIN } },
  );

  describe('the schema stays private', () => {
    it.each([
      ['the schema', '{ __schema { types { name } } }'],
      ['a type', '{ __type(name: "Measure") { fields { name } } }'],
    ])('refuses introspection of %s', async (_case, query) => {
      const result = await refused(() => app.client.request(query));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].message).toMatch(/introspection/i);
      expect(JSON.stringify(result.errors)).not.toContain('Measure"');
    });

    it.each([
      ['a misspelt field', '{ measurs { totalCount } }', {}, 'measures'],
      ['a misspelt argument', '{ measures(firs: 2) { totalCount } }', {}, 'first'],
      ['a misspelt enum value', '{ measures(orderBy: { field: TITEL }) { totalCount } }', {}, 'TITLE'],
      [
        'a misspelt field in a variable',
        'query($f: MeasureFilter) { measures(filter: $f) { totalCount } }',
        { f: { statuss: ['IDEA'] } },
        'statuses',
      ],
      [
        'a misspelt enum value in a variable',
        'query($f: MeasureFilter) { measures(filter: $f) { totalCount } }',
        { f: { statuses: ['IDEE'] } },
        'IDEA',
      ],
    ])('suggests no names for %s', async (_case, query, variables, suggestion) => {
      const result = await refused(() => app.client.request(query, variables));
      expect(result.status).toBe(400);
      const text = JSON.stringify(result.errors);
      expect(text).not.toMatch(/did you mean/i);
      expect(text).not.toContain(`"${suggestion}"`);
    });

    it.each([
      ['a syntax error', '{ measures( { totalCount } }'],
      ['a validation error', '{ measures { unknownField } }'],
      ['invalid input', '{ measures(first: 1000) { totalCount } }'],
      ['an unknown record', '{ measure(id: "00000000-0000-4000-8000-000000000000") { id } }'],
    ])('sends no stack trace with %s', async (_case, query) => {
      const result = await refused(() => app.client.request(query));
      for (const error of result.errors ?? []) {
        expect(error.extensions).not.toHaveProperty('stacktrace');
        expect(error.extensions).not.toHaveProperty('exception');
      }
    });

    it('answers an unexpected failure with a generic message, without internals', async () => {
      await app.t.db.query(`ALTER TABLE territorial_unit RENAME COLUMN name TO name_hidden`);
      let result: GraphqlResponse<unknown>;
      try {
        result = await app.client.request('{ territorialUnits(first: 1) { nodes { name } } }');
      } finally {
        await app.t.db.query(`ALTER TABLE territorial_unit RENAME COLUMN name_hidden TO name`);
      }
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
      expect(error.message).toMatch(/^Interner Fehler/);
      expect(JSON.stringify(error)).not.toMatch(/territorial_unit|name_hidden|SELECT|QueryFailedError|\.ts:\d+/);
    });
  });

  describe('limits', () => {
    it('accepts a document 10 fields deep and refuses one 11 deep', async () => {
      const ok = await app.client.request(nestedProjects(10));
      expect(ok.errors).toBeUndefined();
      const result = await refused(() => app.client.request(nestedProjects(11)));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ limit: 'depth', maxDepth: 10, depth: 11 });
      expect(result.errors?.[0].message).toContain('höchstens 10');
    });

    it('counts the depth of fragments where they are spread', async () => {
      const query = `{ modelProjects(first: 1) { nodes { ...Deep } } }
        fragment Deep on ModelProject { cluster { modelProjects { cluster { modelProjects { cluster { modelProjects { cluster { modelProjects { id } } } } } } } } }`;
      const result = await refused(() => app.client.request(query));
      expect(result.errors?.[0].extensions).toMatchObject({ limit: 'depth', depth: 11 });
    });

    it('refuses a document nested thousands of levels deep, wherever it is caught', async () => {
      const result = await refused(() => app.client.request(`{${'a{'.repeat(1600)}b${'}'.repeat(1601)}`));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.['limit']).toBe('depth');
    });

    it('accepts 30 aliases and refuses 31', async () => {
      const aliased = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { user { id } }`).join(' ')} }`;
      expect((await app.client.request(aliased(30))).errors).toBeUndefined();
      const result = await refused(() => app.client.request(aliased(31)));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ limit: 'aliases', maxAliases: 30, aliases: 31 });
    });

    it('refuses a query too costly to run, naming its cost and the limit', async () => {
      const query = (first: number) =>
        `{ measures(first: ${first}) { nodes { history(limit: 200) { changes { field } } } } }`;
      expect((await app.client.request(query(2))).errors).toBeUndefined();
      const result = await refused(() => app.client.request(query(100)));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'complexity' });
      const { complexity, maxComplexity } = result.errors?.[0].extensions as {
        complexity: number;
        maxComplexity: number;
      };
      expect(complexity).toBeGreaterThan(maxComplexity);
      expect(result.errors?.[0].message).toContain(String(maxComplexity));
    });

    it('refuses a document that spreads a fragment thousands of times', async () => {
      const query = `{ viewer { ${'...V '.repeat(2400)} } } fragment V on Viewer { user { id displayName email } }`;
      const result = await refused(() => app.client.request(query));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ limit: 'complexity' });
    });

    it('refuses a document of more than 5000 tokens before validating it', async () => {
      const query = Array.from({ length: 2000 }, (_, i) => `query Q${i} { viewer { user { id } } }`).join('\n');
      const result = await refused(() => app.client.request(query));
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(result.errors?.[0].message).toContain('5000 tokens');
    });

    it('refuses a batch of operations in one request', async () => {
      const response = await fetch(`${app.t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify([{ query: '{ viewer { user { id } } }' }, { query: '{ viewer { user { id } } }' }]),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/batching/i);
    });

    it('refuses a request body above the size limit', async () => {
      const started = Date.now();
      const response = await fetch(`${app.t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { user { id } } }', variables: { padding: 'x'.repeat(1_100_000) } }),
      });
      expect(response.status).toBe(413);
      const [error] = (await response.json()).errors;
      expect(error.message).toMatch(/zu groß/i);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'LIMIT_EXCEEDED' });
      expect(Date.now() - started).toBeLessThan(HANG_SECONDS * 1000);
    });
  });

  describe('bounded sizes', () => {
    it.each([
      ['measures above 100 per page', '{ measures(first: 101) { totalCount } }', 'first'],
      ['an empty page', '{ measures(first: 0) { totalCount } }', 'first'],
      ['a negative page size', '{ measures(first: -5) { totalCount } }', 'first'],
      ['1000 territorial units per page', '{ territorialUnits(first: 1000) { totalCount } }', 'first'],
      ['101 model projects per page', '{ modelProjects(first: 101) { totalCount } }', 'first'],
      ['500 clusters per page', '{ clusters(first: 500) { totalCount } }', 'first'],
      ['a forged cursor', '{ measures(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
      [
        'a project’s measures above 100 per page',
        () => `{ modelProject(code: "${app.project.code}") { measures(first: 500) { totalCount } } }`,
        'first',
      ],
      [
        '101 status reports of a measure',
        () => `{ measureByCode(code: "${app.measure.code}") { statusReports(limit: 101) { id } } }`,
        'limit',
      ],
      [
        '201 history entries of a measure',
        () => `{ measureByCode(code: "${app.measure.code}") { history(limit: 201) { id } } }`,
        'limit',
      ],
      [
        'a search text of 201 characters',
        `{ measures(filter: { search: "${'x'.repeat(201)}" }) { totalCount } }`,
        'search',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, query, field) => {
      // documents that name the test's own records are built once the world exists
      const result = await refused(() => app.client.request(typeof query === 'function' ? query() : query));
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(result.errors?.[0].extensions?.['field'])).toContain(field);
    });

    it.each([
      ['statuses', 'IDEA', 'query($f: MeasureFilter) { measures(filter: $f) { totalCount } }'],
      ['health', 'ON_TRACK', 'query($f: MeasureFilter) { portfolioSummary(filter: $f) { measureCount } }'],
      ['freshness', 'CURRENT', 'query($f: MeasureFilter) { measures(filter: $f) { totalCount } }'],
      ['kinds', 'LAND', 'query($f: TerritorialUnitFilter) { territorialUnits(filter: $f) { totalCount } }'],
    ])('refuses a filter listing 70,000 %s', async (name, value, query) => {
      const result = await refused(() => app.client.request(query, { f: { [name]: Array(70_000).fill(value) } }));
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.['field']).toBe(`filter.${name}`);
    });
  });

  describe('headers', () => {
    it.each(['/graphql', '/health'])('sends the security headers on %s', async (path) => {
      const response =
        path === '/graphql'
          ? await fetch(`${app.t.baseUrl}${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ viewer { user { id } } }' }),
            })
          : await fetch(`${app.t.baseUrl}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(`${app.t.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-xsrf-token',
        },
      });

    it('allows the product’s own origin, with credentials', async () => {
      const response = await preflight(ORIGIN);
      expect(response.status).toBeLessThan(300);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    });

    it.each(['https://evil.example.com', 'https://masswerk.example.org.evil.example.com', 'null'])(
      'allows no other origin (%s)',
      async (origin) => {
        const response = await preflight(origin);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        const post = await fetch(`${app.t.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ query: '{ viewer { user { id } } }' }),
        });
        expect(post.headers.get('access-control-allow-origin')).toBeNull();
      },
    );
  });

  describe('CSRF', () => {
    it('refuses a query over GET without the preflight header', async () => {
      const response = await fetch(
        `${app.t.baseUrl}/graphql?query=${encodeURIComponent('{ viewer { user { id } } }')}`,
      );
      expect(response.status).toBe(400);
    });

    it('refuses a mutation over GET', async () => {
      const response = await fetch(`${app.t.baseUrl}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(405);
    });
  });
});

describe('hardening with a generous token limit', () => {
  const app = appPerBlock(async (t) => ({ client: await aPlatformAdmin(t) }), {
    env: { GRAPHQL_MAX_TOKENS: '1000000' },
  });

  it('refuses a document nested deeper than the parser can follow, saying so', async () => {
    const result = await refused(() => app.client.request(`{${'a{'.repeat(20_000)}b${'}'.repeat(20_001)}`));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Die Anfrage ist zu tief verschachtelt.',
        extensions: expect.objectContaining({ limit: 'depth' }),
      }),
    ]);
  });
});
