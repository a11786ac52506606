import { LOGIN_LIMITS, secondsUntil, tooManyAttempts } from './login-rate-limiter';

// The counting itself lives in PostgreSQL: its scenarios (the window, the block, forgiving, resetting, several
// instances at once) run against a real database in apps/api/test/security/sign-in-limits.integration-spec.ts.

describe('secondsUntil', () => {
  it('rounds up, so that a caller never retries a moment too early', () => {
    expect(secondsUntil(15 * 60_000, 0)).toBe(15 * 60);
    expect(secondsUntil(15 * 60_000 + 3, 5 * 60_000)).toBe(10 * 60 + 1);
    expect(secondsUntil(1, 0)).toBe(1);
  });
});

describe('tooManyAttempts', () => {
  it('refuses with TOO_MANY_REQUESTS, the seconds to wait and the minutes in words', () => {
    const error = tooManyAttempts(10 * 60 + 1);
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.message).toContain('11 Minute(n)');
    expect(error.details).toEqual({ retryAfterSeconds: 601 });
  });
});

describe('LOGIN_LIMITS', () => {
  it('allow 5 failures per account and 20 per address within 15 minutes, then block for 15 minutes', () => {
    expect(LOGIN_LIMITS.perAccount).toEqual({ limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 });
    expect(LOGIN_LIMITS.perAddress).toEqual({ limit: 20, windowMs: 15 * 60_000, blockMs: 15 * 60_000 });
  });
});
