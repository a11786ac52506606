import { aMeasure, aMember, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** What the public site asks: a page of a project's published measures. */
const LIST = `query PublicMeasures($projectCode: String!) {
  publicMeasures(projectCode: $projectCode, first: 20) { totalCount nodes { code title } }
}`;

/**
 * HTTP caching of the public read model (issue 16, decision 0074): an anonymous GET of public queries may be kept by
 * browsers and shared caches, with an ETag over the body and 304 on a match; nothing else may.
 */
describe('HTTP caching of the public read model', () => {
  let t: TestApp;
  let eif: Project;
  let admin: Member;
  let measure: { id: string; code: string; version: number };

  beforeAll(async () => {
    // the rate limit of anonymous callers counts GETs too; this test asks more often than a visitor would
    t = await startTestApp({ demo: false, env: { PUBLIC_GRAPHQL_RATE_PER_MINUTE: '0', PUBLIC_CACHE_MAX_AGE: '45' } });
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN');
    measure = await aMeasure(t, eif, { title: 'Offenes WLAN' });
    await release(measure.id);
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  const release = (id: string) =>
    admin.data(`mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { released } }`, {
      input: { modelProjectId: eif.id, measureIds: [id] },
    });

  /** A GET of /graphql as the public site sends it (Apollo's CSRF prevention wants the preflight header). */
  const get = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    return fetch(`${t.baseUrl}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  };

  it('answers an anonymous GET of public queries cacheable for everyone, with a strong ETag and 304 on a match', async () => {
    const first = await get(LIST, { projectCode: eif.code });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body).toEqual({
      data: { publicMeasures: { totalCount: 1, nodes: [{ code: measure.code, title: 'Offenes WLAN' }] } },
    });
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate, s-maxage=45');
    expect(first.headers.get('vary')).toMatch(/Cookie/);
    expect(first.headers.get('vary')).toMatch(/Authorization/);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get('set-cookie')).toBeNull();

    // the same answer, the same tag
    expect((await get(LIST, { projectCode: eif.code })).headers.get('etag')).toBe(etag);
    const again = await get(LIST, { projectCode: eif.code }, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toMatch(/^public/);
    // a list of tags, and a weak one, match as well; another tag does not
    expect((await get(LIST, { projectCode: eif.code }, { 'if-none-match': `"x", W/${etag}` })).status).toBe(304);
    expect((await get(LIST, { projectCode: eif.code }, { 'if-none-match': '"x"' })).status).toBe(200);

    // a release changes the public answer: a new tag, and the old one no longer matches
    const second = await aMeasure(t, eif, { title: 'Bürgerkarte' });
    await release(second.id);
    const changed = await get(LIST, { projectCode: eif.code }, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect((await changed.json()).data.publicMeasures.totalCount).toBe(2);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.headers.get('etag')).toMatch(/^"/);
  });

  it('keeps a signed-in caller’s answers out of shared caches, GET or POST', async () => {
    const signedIn = await get(LIST, { projectCode: eif.code }, admin.authHeaders());
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).data.publicMeasures.totalCount).toBeGreaterThan(0);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.headers.get('etag')).toBeNull();

    const token = await get(LIST, { projectCode: eif.code }, { authorization: 'Bearer mw_unknown-token' });
    expect(token.headers.get('cache-control')).toBe('no-store');

    const posted = await admin.request(LIST, { projectCode: eif.code });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('etag')).toBeNull();
    // an anonymous POST is not cacheable by HTTP either
    const anonymousPost = await t.anonymous().request(LIST, { projectCode: eif.code });
    expect(anonymousPost.data).toBeTruthy();
    expect(anonymousPost.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a public field mixed with an internal one as before, and caches neither that nor errors', async () => {
    const mixed = await get(`query Mixed($code: String!) { publicProject(code: $code) { name } viewer { id } }`, {
      code: eif.code,
    });
    // viewer is public too but no shared read: answered, yet not for shared caches
    expect(mixed.headers.get('cache-control')).toBe('no-store');
    const internal = await get(
      `query Internal($code: String!) { publicProject(code: $code) { name } modelProject(code: $code) { id } }`,
      {
        code: eif.code,
      },
    );
    const body = await internal.json();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toContain(eif.id);
    expect(internal.headers.get('cache-control')).toBe('no-store');
    expect(internal.headers.get('etag')).toBeNull();

    const notFound = await get(LIST, { projectCode: 'GIBT-ES-NICHT' });
    expect((await notFound.json()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notFound.headers.get('cache-control')).toBe('no-store');
    // a secret in the address (an invitation link) is never kept by a shared cache
    const invitation = await get(`query { invitationByToken(token: "x") { email } }`, {});
    expect(invitation.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a mutation sent as GET, and a GET without the preflight header', async () => {
    const mutation = await get(`mutation { signOut }`, {});
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    const params = new URLSearchParams({ query: LIST, variables: JSON.stringify({ projectCode: eif.code }) });
    const simple = await fetch(`${t.baseUrl}/graphql?${params}`);
    expect(simple.status).toBe(400);
    expect(simple.headers.get('etag')).toBeNull();
  });
});
