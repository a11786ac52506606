import { createHash } from 'node:crypto';

/** The accounts the national profile creates for the benchmark, and what each stands for. */
export const BENCH_ACCOUNTS = {
  /** Platform operator: the national roll-up. */
  platform: 'bench.betrieb@example.org',
  /** Project office (admin) of the largest model project: measure list, measure page, exports. */
  projectManager: 'bench.projektbuero@example.org',
  /** County council of the largest model project: the overview and its cluster. */
  council: 'bench.kreistag@example.org',
} as const;

export type BenchRole = keyof typeof BENCH_ACCOUNTS;

/** Password of every benchmark account (they exist only in generated load-test databases). */
export const BENCH_PASSWORD = 'Masswerk-Lasttest-2026';

/**
 * The API token of a benchmark account, derived from the seed so that the generator and the benchmark agree without
 * passing secrets around. Only ever used on load-test data on loopback.
 */
export function benchToken(seed: number, role: BenchRole): string {
  return 'mwt_' + createHash('sha256').update(`masswerk-bench:${seed}:${BENCH_ACCOUNTS[role]}`).digest('base64url');
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
