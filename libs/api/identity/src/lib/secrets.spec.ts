import { API_TOKEN_PREFIX, hashToken, newSecret, safeEqual } from './secrets';

describe('secrets', () => {
  it('are long, random and URL-safe', () => {
    const a = newSecret(API_TOKEN_PREFIX);
    expect(a).toMatch(/^mwt_[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(newSecret());
  });
  it('are stored as a SHA-256 hash, never in clear', () => {
    expect(hashToken('abc')).toHaveLength(32);
    expect(hashToken('abc').equals(hashToken('abc'))).toBe(true);
  });
  it('compare in constant time and tell different lengths apart', () => {
    expect(safeEqual('token', 'token')).toBe(true);
    expect(safeEqual('token', 'tokem')).toBe(false);
    expect(safeEqual('token', 'tok')).toBe(false);
  });
});
