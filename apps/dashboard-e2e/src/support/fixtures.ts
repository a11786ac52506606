import { test as base, expect } from '@playwright/test';
import { createHash } from 'node:crypto';

/**
 * Tests with a client address of their own. The server trusts X-Forwarded-For in the end-to-end setup (TRUST_PROXY),
 * so each test signs in as if from its own machine and the per-address sign-in limit counts per test, not per suite.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, 'x-forwarded-for': clientAddress(testInfo.testId) });
  },
});

export { expect };

/** An address in 10.0.0.0/8 derived from the test's id: stable across runs, different between tests. */
function clientAddress(testId: string): string {
  const [a, b, c] = createHash('sha256').update(testId).digest();
  return `10.${a}.${b}.${c === 0 ? 1 : c}`;
}
