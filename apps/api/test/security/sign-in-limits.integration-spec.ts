import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@masswerk/api/core';
import { AttemptRule, AttemptWindow, LoginRateLimiter, lockKeys } from '@masswerk/api/identity';
import { anAccount, TEST_PASSWORD, unique } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { appPerBlock } from '../support/app-per-block';
import { startAnotherInstance } from '../support/test-app';

/**
 * The sign-in limits live in PostgreSQL (decision 0054), so that every instance on one database counts the same
 * attempts: first the counting itself at given moments, then two instances of the API behind one (imagined) proxy.
 */

const MINUTE = 60_000;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

describe('a sliding window of attempts in PostgreSQL', () => {
  const app = appPerBlock(async (t) => ({ dataSource: t.app.get(DataSource) }));
  const rule: AttemptRule = { limit: 3, windowMs: 10 * MINUTE, blockMs: 15 * MINUTE };
  const w = new AttemptWindow(rule);
  /** Moments are counted from now, so that no sweep of the running app takes them for old. */
  const base = Date.now();
  const inTransaction = <T>(key: string, work: (tx: EntityManager) => Promise<T>): Promise<T> =>
    app.dataSource.transaction(async (tx) => {
      await lockKeys(tx, [key]);
      return work(tx);
    });
  const attempt = (key: string, at: number) => inTransaction(key, (tx) => w.attempt(tx, key, base + at));
  const seconds = async (key: string, at: number) => (await attempt(key, at)).seconds;

  it('allows the limit, blocks the next attempt for the block duration, then starts afresh', async () => {
    const k = unique('key-');
    expect([await seconds(k, 0), await seconds(k, 1), await seconds(k, 2)]).toEqual([0, 0, 0]);
    expect(await seconds(k, 3)).toBe(15 * 60);
    expect(await seconds(k, 5 * MINUTE)).toBe(10 * 60 + 1);
    expect(await seconds(k, 15 * MINUTE + 3)).toBe(0);
  });

  it('forgets attempts older than the window', async () => {
    const k = unique('key-');
    for (const at of [0, 1, 2]) await attempt(k, at);
    expect(await seconds(k, 10 * MINUTE + 1)).toBe(0);
  });

  it('keeps keys apart', async () => {
    const [a, b] = [unique('key-'), unique('key-')];
    for (let i = 0; i < 4; i++) await attempt(a, i);
    expect(await seconds(a, 10)).toBeGreaterThan(0);
    expect(await seconds(b, 10)).toBe(0);
  });

  it('takes a forgiven attempt back out of the count, and a reset forgets them all', async () => {
    const k = unique('key-');
    await attempt(k, 0);
    await attempt(k, 1);
    const third = await attempt(k, 2);
    await inTransaction(k, (tx) => w.forgive(tx, third.id as string));
    expect(await seconds(k, 3)).toBe(0);
    await inTransaction(k, (tx) => w.reset(tx, k, base + 4));
    expect([await seconds(k, 5), await seconds(k, 6), await seconds(k, 7)]).toEqual([0, 0, 0]);
  });

  it('does not lift a block by a reset', async () => {
    const k = unique('key-');
    for (let i = 0; i < 4; i++) await attempt(k, i);
    await inTransaction(k, (tx) => w.reset(tx, k, base + 5));
    expect(await seconds(k, 6)).toBeGreaterThan(0);
  });

  it('keeps no attempts of a blocked key, and deletes expired ones when the key is counted again', async () => {
    const [blocked, old] = [unique('key-'), unique('key-')];
    for (let i = 0; i < 4; i++) await attempt(blocked, i);
    await attempt(old, 0);
    await attempt(old, 11 * MINUTE);
    const { rows } = await app.t.db.query(
      `SELECT key, count(*)::int AS n FROM sign_in_attempt WHERE key = ANY($1) GROUP BY key`,
      [[blocked, old]],
    );
    expect(rows).toEqual([{ key: old, n: 1 }]);
  });
});

describe('LoginRateLimiter in PostgreSQL', () => {
  const app = appPerBlock(async (t) => ({
    limiter: new LoginRateLimiter(t.app.get(DataSource), t.app.get(Clock)),
  }));
  const base = Date.now();
  const code = async (attempt: Promise<unknown>): Promise<string | undefined> =>
    attempt.then(
      () => undefined,
      (e: { code?: string }) => e.code,
    );

  it('does not count successful sign-ins against the account or the address', async () => {
    const [email, address] = [`${unique('a')}@example.org`, unique('10.0.0.')];
    for (let i = 0; i < 50; i++)
      await app.limiter.succeeded(await app.limiter.begin(email, address, base + i), base + i);
    expect(await code(app.limiter.begin(email, address, base + 100))).toBeUndefined();
  });

  it('blocks an account after five failures, also for the right password', async () => {
    const email = `${unique('a')}@example.org`;
    for (let i = 0; i < 5; i++) await app.limiter.begin(email, unique('10.0.1.'), base + i);
    expect(await code(app.limiter.begin(email, unique('10.0.1.'), base + 10))).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps counting an address that signs in successfully with another account', async () => {
    const address = unique('10.0.2.');
    for (let i = 0; i < 19; i++) await app.limiter.begin(`${unique('p')}@example.org`, address, base + i);
    const own = `${unique('own')}@example.org`;
    await app.limiter.succeeded(await app.limiter.begin(own, address, base + 20), base + 20);
    await app.limiter.begin(`${unique('p')}@example.org`, address, base + 21);
    expect(await code(app.limiter.begin(`${unique('p')}@example.org`, address, base + 22))).toBe('TOO_MANY_REQUESTS');
  });
});

describe('sign-in limits shared by two instances on one database', () => {
  const app = appPerBlock(
    async (t) => {
      const other = await startAnotherInstance(t);
      return { other, accounts: [await anAccount(t), await anAccount(t), await anAccount(t), await anAccount(t)] };
    },
    { env: { TRUST_PROXY: 'true' } },
  );
  afterAll(() => app.other?.close());

  /** A client at `address` (as the proxy reports it) talking to instance A or B. */
  const at = (instance: 'A' | 'B', address: string): GraphqlClient =>
    (instance === 'A' ? app.t : app.other).anonymous().withHeaders({ 'x-forwarded-for': address });
  const signIn = async (client: GraphqlClient, email: string, password: string): Promise<string> => {
    const result = await client.request(SIGN_IN, { input: { email, password } });
    return result.errors?.[0]?.extensions?.code ?? 'signed in';
  };

  it('block an account on both after failures through either', async () => {
    const { email } = app.accounts[0];
    for (let i = 0; i < 5; i++)
      expect(await signIn(at(i % 2 ? 'B' : 'A', '203.0.113.1'), email, `falsch-${i}-xxxxx`)).toBe('UNAUTHENTICATED');
    expect(await signIn(at('A', '203.0.113.2'), email, TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(at('B', '203.0.113.3'), email, TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('forget an account’s failures on both after a success through one', async () => {
    const { email } = app.accounts[1];
    for (let i = 0; i < 4; i++)
      expect(await signIn(at('A', '203.0.113.10'), email, `falsch-${i}-xxxxx`)).toBe('UNAUTHENTICATED');
    expect(await signIn(at('B', '203.0.113.10'), email, TEST_PASSWORD)).toBe('signed in');
    // Without the reset the second failure here would already be the sixth.
    for (let i = 0; i < 5; i++)
      expect(await signIn(at(i % 2 ? 'A' : 'B', '203.0.113.10'), email, `falsch-${i}-yyyyy`)).toBe('UNAUTHENTICATED');
    expect(await signIn(at('A', '203.0.113.11'), email, TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('forgive a success against the address on both, and keep counting its failures', async () => {
    const address = '203.0.113.20';
    for (let i = 0; i < 19; i++)
      expect(await signIn(at(i % 2 ? 'A' : 'B', address), `person-${i}@example.com`, 'falsch-falsch')).toBe(
        'UNAUTHENTICATED',
      );
    expect(await signIn(at('A', address), app.accounts[2].email, TEST_PASSWORD)).toBe('signed in');
    expect(await signIn(at('B', address), 'person-19@example.com', 'falsch-falsch')).toBe('UNAUTHENTICATED');
    expect(await signIn(at('A', address), app.accounts[3].email, TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('count parallel attempts at both instances exactly: 12 at once for one account, 5 get an answer', async () => {
    const email = `${unique('parallel')}@example.com`;
    const codes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(at(i % 2 ? 'B' : 'A', `198.51.100.${i + 1}`), email, 'falsch-xxx')),
    );
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('count parallel attempts from one address exactly: 24 at once across accounts, 20 get an answer', async () => {
    const codes = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        signIn(at(i % 2 ? 'B' : 'A', '198.51.100.200'), `${unique('many')}@example.com`, 'falsch-xxx'),
      ),
    );
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(20);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(4);
  });
});
