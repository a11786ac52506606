import { AttemptWindow, LoginRateLimiter } from './login-rate-limiter';

const MINUTE = 60_000;

describe('AttemptWindow', () => {
  const rule = { limit: 3, windowMs: 10 * MINUTE, blockMs: 15 * MINUTE };

  it('allows the limit, blocks the next attempt for the block duration, then starts afresh', () => {
    const w = new AttemptWindow(rule);
    expect([0, 1, 2].map((i) => w.attempt('k', i))).toEqual([0, 0, 0]);
    expect(w.attempt('k', 3)).toBe(15 * 60);
    expect(w.attempt('k', 5 * MINUTE)).toBe(10 * 60 + 1);
    expect(w.attempt('k', 15 * MINUTE + 3)).toBe(0);
  });

  it('forgets attempts older than the window', () => {
    const w = new AttemptWindow(rule);
    w.attempt('k', 0);
    w.attempt('k', 1);
    w.attempt('k', 2);
    expect(w.attempt('k', 10 * MINUTE + 1)).toBe(0);
  });

  it('keeps keys apart', () => {
    const w = new AttemptWindow(rule);
    for (let i = 0; i < 4; i++) w.attempt('a', i);
    expect(w.attempt('a', 10)).toBeGreaterThan(0);
    expect(w.attempt('b', 10)).toBe(0);
  });

  it('takes a forgiven attempt back out of the count, and a reset forgets them all', () => {
    const w = new AttemptWindow(rule);
    w.attempt('k', 0);
    w.attempt('k', 1);
    w.attempt('k', 2);
    w.forgive('k', 2);
    expect(w.attempt('k', 3)).toBe(0);
    w.reset('k', 4);
    expect([5, 6, 7].map((t) => w.attempt('k', t))).toEqual([0, 0, 0]);
  });

  it('does not lift a block by a reset', () => {
    const w = new AttemptWindow(rule);
    for (let i = 0; i < 4; i++) w.attempt('k', i);
    w.reset('k', 5);
    expect(w.attempt('k', 6)).toBeGreaterThan(0);
  });
});

describe('LoginRateLimiter', () => {
  const code = (fn: () => unknown): string | undefined => {
    try {
      fn();
      return undefined;
    } catch (e) {
      return (e as { code?: string }).code;
    }
  };

  it('does not count successful sign-ins against the account or the address', () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 50; i++) limiter.succeeded(limiter.begin('a@example.org', '10.0.0.1', i), i);
    expect(code(() => limiter.begin('a@example.org', '10.0.0.1', 100))).toBeUndefined();
  });

  it('blocks an account after five failures, also for the right password', () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 5; i++) limiter.begin('a@example.org', `10.0.0.${i}`, i);
    expect(code(() => limiter.begin('a@example.org', '10.0.0.9', 10))).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps counting an address that signs in successfully with another account', () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 19; i++) limiter.begin(`p${i}@example.org`, '10.0.0.1', i);
    limiter.succeeded(limiter.begin('own@example.org', '10.0.0.1', 20), 20);
    limiter.begin('p20@example.org', '10.0.0.1', 21);
    expect(code(() => limiter.begin('p21@example.org', '10.0.0.1', 22))).toBe('TOO_MANY_REQUESTS');
  });
});
