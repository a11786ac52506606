import { createHash } from 'node:crypto';
import * as argon2 from 'argon2';
import { aMeasure, aMember, anAccount, aProject, signedIn, TEST_PASSWORD } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { appPerBlock } from '../support/app-per-block';

const sha256Hex = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email displayName } memberships { role modelProject { code } } } }`;

describe('accounts and sign-in', () => {
  /** A project with a measure; its administrator and council member. */
  const app = appPerBlock(async (t) => {
    const project = await aProject(t);
    await aMeasure(t, project);
    const admin = await aMember(t, project, 'ADMIN', { email: 'admin.test@example.com' });
    const council = await aMember(t, project, 'COUNCIL');
    return { project, admin, council };
  });

  it('signs in with e-mail and password and sets an httpOnly, SameSite session cookie and a CSRF cookie', async () => {
    const result = await app.t
      .anonymous()
      .request(SIGN_IN, { input: { email: 'Admin.Test@example.com ', password: TEST_PASSWORD } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      signIn: {
        user: { email: 'admin.test@example.com' },
        memberships: [{ role: 'ADMIN', modelProject: { code: app.project.code } }],
      },
    });
    const cookies = result.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('mw_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/i);
    const { rows } = await app.t.db.query(
      `SELECT encode(token_hash, 'hex') AS h FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'admin.test@example.com'`,
    );
    const raw = decodeURIComponent((session as string).split(';')[0].split('=')[1]);
    // Only the SHA-256 of the cookie's secret is stored.
    expect(rows.map((r) => r.h)).toContain(sha256Hex(raw));
    const plain = await app.t.db.query(
      `SELECT count(*)::int AS n FROM user_session s WHERE position($1 IN row_to_json(s)::text) > 0 OR position(convert_to($1, 'UTF8') IN s.token_hash) > 0`,
      [raw],
    );
    expect(plain.rows[0].n).toBe(0);
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const unknown = await app.t
      .anonymous()
      .error(SIGN_IN, { input: { email: 'niemand@example.com', password: 'irgendwas-langes' } });
    const wrong = await app.t
      .anonymous()
      .error(SIGN_IN, { input: { email: app.council.user.email, password: 'falsches-passwort' } });
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.message).toBe(wrong.message);
  });

  it('stores passwords hashed with argon2id, never in plain text', async () => {
    // an account as an invited person creates it, from the link in the invitation
    await app.admin.data(`mutation($input: InviteProjectMemberInput!) { inviteProjectMember(input: $input) { id } }`, {
      input: { modelProjectId: app.project.id, email: 'neu.rat@example.com', role: 'COUNCIL' },
    });
    const { rows: mails } = await app.t.db.query(
      `SELECT body FROM mail_outbox WHERE to_address = 'neu.rat@example.com'`,
    );
    const token = /\/einladung\/([A-Za-z0-9_-]+)/.exec(mails[0].body)?.[1];
    await app.t
      .anonymous()
      .data(
        `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { id } } }`,
        { input: { token, displayName: 'Neues Ratsmitglied', password: 'Masswerk-Test-2026' } },
      );
    const { rows } = await app.t.db.query(`SELECT password_hash FROM app_user WHERE email = 'neu.rat@example.com'`);
    const hash: string = rows[0].password_hash;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,p=\d+,t=\d+\$[A-Za-z0-9+/]{16,}\$[A-Za-z0-9+/]{32,}$/);
    expect(await argon2.verify(hash, 'Masswerk-Test-2026')).toBe(true);
    expect(await argon2.verify(hash, 'Masswerk-Test-2027')).toBe(false);
    const plain = await app.t.db.query(
      `SELECT count(*)::int AS n FROM app_user u WHERE position('Masswerk-Test-2026' IN row_to_json(u)::text) > 0`,
    );
    expect(plain.rows[0].n).toBe(0);
  });

  it('knows the viewer from the session, and forgets it after sign-out', async () => {
    const client = await signedIn(app.t, app.council.user);
    expect((await client.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe(app.council.user.email);
    expect((await client.data(`mutation { signOut }`)).signOut).toBe(true);
    expect((await client.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
    expect(await client.errorCode(`{ measures { totalCount } }`)).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing request with the session cookie but without the CSRF token', async () => {
    const client = await signedIn(app.t, app.admin.user);
    const forged = client.withHeaders({ 'x-xsrf-token': 'forged' });
    const result = await forged.request(`mutation { signOut }`);
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a simple cross-site form post (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${app.t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"mutation { signOut }"}',
    });
    expect(response.status).toBe(400);
  });

  it('lets a user change their password, ending their other sessions', async () => {
    const first = await aMember(app.t, app.project, 'ADMIN');
    const second = await signedIn(app.t, first.user);
    const email = first.user.email;
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    expect(
      await first.errorCode(change, {
        input: { currentPassword: 'falsch-falsch', newPassword: 'ein-neues-langes-Passwort' },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(await first.errorCode(change, { input: { currentPassword: TEST_PASSWORD, newPassword: 'kurz' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (
        await first.data(change, {
          input: { currentPassword: TEST_PASSWORD, newPassword: 'ein-neues-langes-Passwort' },
        })
      ).changePassword,
    ).toBe(true);
    expect((await first.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe(email);
    expect((await second.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
    await expect(app.t.signIn(email, TEST_PASSWORD)).rejects.toThrow();
    await app.t.signIn(email, 'ein-neues-langes-Passwort');
  });

  describe('API tokens', () => {
    it('are created once, work as Bearer tokens, are stored hashed and can be revoked', async () => {
      const owner = await aMember(app.t, app.project, 'FUNDER');
      const { createApiToken } = await owner.data(
        `mutation { createApiToken(input: { name: "Export-Skript" }) { secret token { id name prefix } } }`,
      );
      expect(createApiToken.secret).toMatch(/^mwt_/);
      expect(createApiToken.secret.startsWith(createApiToken.token.prefix)).toBe(true);
      const script = app.t.anonymous().withHeaders({ authorization: `Bearer ${createApiToken.secret}` });
      expect((await script.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe(owner.user.email);
      // Stored: the SHA-256 of the secret and its first characters for recognising it; the secret itself nowhere.
      const secret: string = createApiToken.secret;
      const stored = await app.t.db.query(
        `SELECT encode(token_hash, 'hex') AS hash, token_prefix, row_to_json(t)::text AS row FROM api_token t WHERE id = $1`,
        [createApiToken.token.id],
      );
      expect(stored.rows[0].hash).toBe(sha256Hex(secret));
      expect(stored.rows[0].token_prefix).toBe(createApiToken.token.prefix);
      const hidden = secret.slice(createApiToken.token.prefix.length);
      expect(hidden.length).toBeGreaterThanOrEqual(32);
      const leaks = await app.t.db.query(
        `SELECT (SELECT count(*) FROM api_token t WHERE position($1 IN row_to_json(t)::text) > 0 OR position(convert_to($1, 'UTF8') IN t.token_hash) > 0)::int AS tokens,
                (SELECT count(*) FROM audit_entry a WHERE position($1 IN row_to_json(a)::text) > 0)::int AS history`,
        [hidden],
      );
      expect(leaks.rows[0]).toEqual({ tokens: 0, history: 0 });
      const listed = await owner.data(`{ apiTokens { id name revokedAt } }`);
      expect(listed.apiTokens).toEqual([{ id: createApiToken.token.id, name: 'Export-Skript', revokedAt: null }]);
      await owner.data(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: createApiToken.token.id });
      expect((await script.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
    });

    it('cannot manage tokens, the password or accounts: FORBIDDEN, nothing changes, reading still works', async () => {
      const owner = await aMember(app.t, app.project, 'ADMIN');
      const { createApiToken } = await owner.data(
        `mutation { createApiToken(input: { name: "Export WND" }) { secret token { id } } }`,
      );
      const script = app.t.anonymous().withHeaders({ authorization: `Bearer ${createApiToken.secret}` });
      const footprint = async () =>
        (
          await app.t.db.query(
            `SELECT u.password_hash, u.version,
                    (SELECT count(*)::int FROM api_token WHERE user_id = u.id) AS tokens,
                    (SELECT count(*)::int FROM api_token WHERE user_id = u.id AND revoked_at IS NOT NULL) AS revoked,
                    (SELECT count(*)::int FROM user_session WHERE user_id = u.id) AS sessions,
                    (SELECT count(*)::int FROM app_user) AS accounts
               FROM app_user u WHERE u.email = $1`,
            [owner.user.email],
          )
        ).rows[0];
      const before = await footprint();
      const { modelProject } = await script.data(`query($code: String!) { modelProject(code: $code) { id } }`, {
        code: app.project.code,
      });

      const attempts: [string, Record<string, unknown>?][] = [
        [`mutation { createApiToken(input: { name: "Ersatz" }) { secret } }`],
        [`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: createApiToken.token.id }],
        [`{ apiTokens { id } }`],
        [
          `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
          { input: { currentPassword: TEST_PASSWORD, newPassword: 'vom-Skript-gesetzt-123' } },
        ],
        [
          `mutation($input: InviteProjectMemberInput!) { inviteProjectMember(input: $input) { id } }`,
          {
            input: {
              modelProjectId: modelProject.id,
              email: 'hintertuer@example.com',
              displayName: 'Hintertür',
              role: 'ADMIN',
            },
          },
        ],
      ];
      for (const [query, variables] of attempts) {
        const error = await script.error(query, variables);
        expect({ query, code: error.extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
        expect(error.message).toContain('API-Token');
      }

      expect(await footprint()).toEqual(before);
      // The token still does what it is for.
      expect((await script.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe(owner.user.email);
      expect((await script.data(`{ measures(first: 1) { totalCount } }`)).measures.totalCount).toBeGreaterThan(0);
      // In the dashboard session the same operations are allowed.
      expect((await owner.data(`{ apiTokens { id } }`)).apiTokens).toHaveLength(1);
    });

    it('cannot be revoked by someone else', async () => {
      const owner = await aMember(app.t, app.project, 'ADMIN');
      const { createApiToken } = await owner.data(
        `mutation { createApiToken(input: { name: "Mein Token" }) { token { id } } }`,
      );
      const other = await aMember(app.t, await aProject(app.t), 'ADMIN');
      expect(
        await other.errorCode(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: createApiToken.token.id }),
      ).toBe('NOT_FOUND');
    });
  });
});

// Each limit on an app of its own: a blocked address would refuse every other scenario's sign-in.
describe('sign-in rate limits per account', () => {
  const app = appPerBlock(async (t) => ({ account: await anAccount(t) }));

  it('block an account after 5 attempts, also for the right password, without revealing whether it exists', async () => {
    const client: GraphqlClient = app.t.anonymous();
    for (let i = 0; i < 5; i++) {
      expect(
        await client.errorCode(SIGN_IN, { input: { email: app.account.email, password: `falsch-${i}-xxxxxx` } }),
      ).toBe('UNAUTHENTICATED');
    }
    const blocked = await client.error(SIGN_IN, {
      input: { email: app.account.email, password: TEST_PASSWORD },
    });
    expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 5; i++)
      await client.request(SIGN_IN, { input: { email: 'gibt-es-nicht@example.com', password: `falsch-${i}-xxxxxx` } });
    const unknownBlocked = await client.error(SIGN_IN, {
      input: { email: 'gibt-es-nicht@example.com', password: 'egal-egal-egal' },
    });
    expect(unknownBlocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(unknownBlocked.message.replace(/\d+/g, 'N')).toBe(blocked.message.replace(/\d+/g, 'N'));
  });
});

describe('sign-in rate limits per address', () => {
  const app = appPerBlock(async (t) => ({ account: await anAccount(t) }));

  it('block an address after 20 attempts across accounts; without TRUST_PROXY a forwarded address changes nothing', async () => {
    const client = app.t.anonymous();
    let code: string | undefined;
    for (let i = 0; i < 25 && code !== 'TOO_MANY_REQUESTS'; i++) {
      code = await client.errorCode(SIGN_IN, {
        input: { email: `person-${i}@example.com`, password: 'falsch-falsch' },
      });
    }
    expect(code).toBe('TOO_MANY_REQUESTS');
    const pretending = client.withHeaders({ 'x-forwarded-for': '198.51.100.99' });
    expect(
      await pretending.errorCode(SIGN_IN, {
        input: { email: app.account.email, password: TEST_PASSWORD },
      }),
    ).toBe('TOO_MANY_REQUESTS');
  });
});

describe('sign-in rate limits behind a proxy', () => {
  /** Two accounts, one for each scenario. */
  const app = appPerBlock(
    async (t) => {
      const first = await anAccount(t);
      const second = await anAccount(t);
      return { first, second };
    },
    { env: { TRUST_PROXY: 'true' } },
  );

  /** A client at its own address, as the reverse proxy reports it. */
  const from = (address: string): GraphqlClient => app.t.anonymous().withHeaders({ 'x-forwarded-for': address });
  const signIn = async (client: GraphqlClient, email: string, password: string): Promise<string> => {
    const result = await client.request(SIGN_IN, { input: { email, password } });
    return result.errors?.[0]?.extensions?.code ?? 'signed in';
  };

  it('count only failures against an account, and a successful sign-in clears them', async () => {
    const client = from('203.0.113.10');
    const email = app.first.email;
    // More successful sign-ins than the account allows attempts: none of them counts.
    for (let i = 0; i < 7; i++) expect(await signIn(client, email, TEST_PASSWORD)).toBe('signed in');
    for (let round = 0; round < 2; round++) {
      // Four failures, then the right password: without the reset the second round would reach eight.
      for (let i = 0; i < 4; i++)
        expect(await signIn(client, email, `falsch-${round}-${i}-xx`)).toBe('UNAUTHENTICATED');
      expect(await signIn(client, email, TEST_PASSWORD)).toBe('signed in');
    }
    // Failures still lock the account: five allowed, the sixth attempt is refused even with the right password.
    for (let i = 0; i < 5; i++) expect(await signIn(client, email, `falsch-${i}-yyyy`)).toBe('UNAUTHENTICATED');
    expect(await signIn(client, email, TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('count per client address, not for everyone', async () => {
    const attacker = from('203.0.113.66');
    for (let i = 0; i < 20; i++)
      expect(await signIn(attacker, `person-${i}@example.com`, 'falsch-falsch')).toBe('UNAUTHENTICATED');
    expect(await signIn(attacker, app.second.email, TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');

    const colleague = from('198.51.100.20');
    expect(await signIn(colleague, app.second.email, TEST_PASSWORD)).toBe('signed in');
    expect(await signIn(colleague, 'jemand@example.com', 'falsch-falsch')).toBe('UNAUTHENTICATED');
  });
});
