import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email displayName } memberships { role modelProject { code } } } }`;

describe('accounts and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('signs in with e-mail and password and sets an httpOnly, SameSite session cookie and a CSRF cookie', async () => {
    const result = await t
      .anonymous()
      .request(SIGN_IN, { input: { email: 'Admin.EIF@example.org ', password: 'Masswerk-Demo-2026' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      signIn: {
        user: { email: 'admin.eif@example.org' },
        memberships: [{ role: 'ADMIN', modelProject: { code: 'EIF' } }],
      },
    });
    const cookies = result.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('mw_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/i);
    const { rows } = await t.db.query(
      `SELECT encode(token_hash, 'hex') AS h FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'admin.eif@example.org'`,
    );
    const raw = (session as string).split(';')[0].split('=')[1];
    expect(rows.map((r) => r.h)).not.toContain(raw); // only a hash is stored
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const unknown = await t
      .anonymous()
      .error(SIGN_IN, { input: { email: 'niemand@example.org', password: 'irgendwas-langes' } });
    const wrong = await t
      .anonymous()
      .error(SIGN_IN, { input: { email: 'rat.eif@example.org', password: 'falsches-passwort' } });
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.message).toBe(wrong.message);
  });

  it('stores passwords hashed with argon2id', async () => {
    const { rows } = await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'rat.eif@example.org'`);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('knows the viewer from the session, and forgets it after sign-out', async () => {
    const client = await t.signIn('rat.eif@example.org');
    expect((await client.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe('rat.eif@example.org');
    expect((await client.data(`mutation { signOut }`)).signOut).toBe(true);
    expect((await client.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
    expect(await client.errorCode(`{ measures { totalCount } }`)).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing request with the session cookie but without the CSRF token', async () => {
    const client = await t.signIn('admin.eif@example.org');
    const forged = client.withHeaders({ 'x-xsrf-token': 'forged' });
    const result = await forged.request(`mutation { signOut }`);
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a simple cross-site form post (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"mutation { signOut }"}',
    });
    expect(response.status).toBe(400);
  });

  it('lets a user change their password, ending their other sessions', async () => {
    const first = await t.signIn('admin.kl@example.org');
    const second = await t.signIn('admin.kl@example.org');
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    expect(
      await first.errorCode(change, {
        input: { currentPassword: 'falsch-falsch', newPassword: 'ein-neues-langes-Passwort' },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await first.errorCode(change, { input: { currentPassword: 'Masswerk-Demo-2026', newPassword: 'kurz' } }),
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await first.data(change, {
          input: { currentPassword: 'Masswerk-Demo-2026', newPassword: 'ein-neues-langes-Passwort' },
        })
      ).changePassword,
    ).toBe(true);
    expect((await first.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe('admin.kl@example.org');
    expect((await second.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
    await expect(t.signIn('admin.kl@example.org')).rejects.toThrow();
    await t.signIn('admin.kl@example.org', 'ein-neues-langes-Passwort');
  });

  describe('API tokens', () => {
    it('are created once, work as Bearer tokens, are stored hashed and can be revoked', async () => {
      const owner = await t.signIn('foerderung@example.org');
      const { createApiToken } = await owner.data(
        `mutation { createApiToken(input: { name: "Export-Skript" }) { secret token { id name prefix } } }`,
      );
      expect(createApiToken.secret).toMatch(/^mwt_/);
      expect(createApiToken.secret.startsWith(createApiToken.token.prefix)).toBe(true);
      const script = t.anonymous().withHeaders({ authorization: `Bearer ${createApiToken.secret}` });
      expect((await script.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe('foerderung@example.org');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM api_token WHERE token_hash::text LIKE $1`, [
        `%${createApiToken.secret}%`,
      ]);
      expect(rows[0].n).toBe(0);
      const listed = await owner.data(`{ apiTokens { id name revokedAt } }`);
      expect(listed.apiTokens).toEqual([{ id: createApiToken.token.id, name: 'Export-Skript', revokedAt: null }]);
      await owner.data(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: createApiToken.token.id });
      expect((await script.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
    });

    it('cannot be revoked by someone else', async () => {
      const owner = await t.signIn('admin.myk@example.org');
      const { createApiToken } = await owner.data(
        `mutation { createApiToken(input: { name: "Mein Token" }) { token { id } } }`,
      );
      const other = await t.signIn('admin.lnz@example.org');
      expect(
        await other.errorCode(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: createApiToken.token.id }),
      ).toBe('NOT_FOUND');
    });
  });
});

describe('sign-in rate limits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('block an account after 5 attempts, also for the right password, without revealing whether it exists', async () => {
    const client: GraphqlClient = t.anonymous();
    for (let i = 0; i < 5; i++) {
      expect(
        await client.errorCode(SIGN_IN, { input: { email: 'rat.eif@example.org', password: `falsch-${i}-xxxxxx` } }),
      ).toBe('UNAUTHENTICATED');
    }
    const blocked = await client.error(SIGN_IN, {
      input: { email: 'rat.eif@example.org', password: 'Masswerk-Demo-2026' },
    });
    expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 5; i++)
      await client.request(SIGN_IN, { input: { email: 'gibt-es-nicht@example.org', password: `falsch-${i}-xxxxxx` } });
    const unknownBlocked = await client.error(SIGN_IN, {
      input: { email: 'gibt-es-nicht@example.org', password: 'egal-egal-egal' },
    });
    expect(unknownBlocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(unknownBlocked.message.replace(/\d+/g, 'N')).toBe(blocked.message.replace(/\d+/g, 'N'));
  });

  it('block an address after 20 attempts across accounts', async () => {
    const client = t.anonymous();
    let code: string | undefined;
    for (let i = 0; i < 25 && code !== 'TOO_MANY_REQUESTS'; i++) {
      code = await client.errorCode(SIGN_IN, {
        input: { email: `person-${i}@example.org`, password: 'falsch-falsch' },
      });
    }
    expect(code).toBe('TOO_MANY_REQUESTS');
  });
});
