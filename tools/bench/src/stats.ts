/** Numbers of one measured run: throughput and latency percentiles in milliseconds. */
export interface RunStats {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
}

/** The p-th percentile (0 < p ≤ 100) of the values by the nearest-rank method; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(latenciesMs: readonly number[], errors: number, elapsedMs: number): RunStats {
  return {
    requests: latenciesMs.length,
    errors,
    rps: elapsedMs > 0 ? (latenciesMs.length * 1000) / elapsedMs : 0,
    p50: round1(percentile(latenciesMs, 50)),
    p95: round1(percentile(latenciesMs, 95)),
  };
}

/** A target: `actual` compared with `limit`, where `atLeast` says which side passes. */
export interface Check {
  label: string;
  ratio: number;
  limit: number;
  atLeast: boolean;
}

export function passes(check: Check): boolean {
  return Number.isFinite(check.ratio) && (check.atLeast ? check.ratio >= check.limit : check.ratio <= check.limit);
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
