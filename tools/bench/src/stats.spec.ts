import { formatRatio, passes, percentile, summarize } from './stats';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('computes throughput from the elapsed time', () => {
    const stats = summarize([10, 20, 30, 40], 1, 2000);
    expect(stats).toEqual({ requests: 4, errors: 1, rps: 2, p50: 20, p95: 40 });
  });

  it('judges lower and upper limits', () => {
    expect(passes({ label: 'rps vs floor', ratio: 0.5, limit: 0.5, atLeast: true })).toBe(true);
    expect(passes({ label: 'rps vs floor', ratio: 0.49, limit: 0.5, atLeast: true })).toBe(false);
    expect(passes({ label: 'p95 vs raw SQL', ratio: 1.6, limit: 1.5, atLeast: false })).toBe(false);
    expect(passes({ label: 'p95 vs raw SQL', ratio: Number.NaN, limit: 1.5, atLeast: false })).toBe(false);
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatRatio(Number.NaN)).toBe('n/a');
  });
});
