import { computeFreshness, Freshness, isStale } from './freshness';

describe('computeFreshness', () => {
  const today = '2026-11-21';
  it.each([
    ['2026-11-21', 0, Freshness.CURRENT],
    ['2026-10-22', 30, Freshness.CURRENT],
    ['2026-10-21', 31, Freshness.DUE],
    ['2026-09-22', 60, Freshness.DUE],
    ['2026-09-21', 61, Freshness.STALE],
    ['2026-05-25', 180, Freshness.STALE],
    ['2026-05-24', 181, Freshness.VERY_STALE],
  ])('a report on %s is %i days old: %s', (lastReportOn, days, freshness) => {
    expect(computeFreshness(lastReportOn, today)).toEqual({ daysSinceLastReport: days, freshness });
  });

  it('knows a measure that never reported', () => {
    expect(computeFreshness(null, today)).toEqual({ daysSinceLastReport: null, freshness: Freshness.NO_REPORT });
  });

  it('treats a report dated in the future as fresh', () => {
    expect(computeFreshness('2026-12-01', today)).toEqual({ daysSinceLastReport: 0, freshness: Freshness.CURRENT });
  });

  it('calls more than 60 days, or no report, stale', () => {
    expect(isStale(Freshness.CURRENT)).toBe(false);
    expect(isStale(Freshness.DUE)).toBe(false);
    expect(isStale(Freshness.STALE)).toBe(true);
    expect(isStale(Freshness.VERY_STALE)).toBe(true);
    expect(isStale(Freshness.NO_REPORT)).toBe(true);
  });
});
