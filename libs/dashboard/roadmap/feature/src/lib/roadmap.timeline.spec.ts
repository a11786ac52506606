import { quarterTicks, spanOf, startOfQuarter, timeScale, xAfter, xOf, yearTicks } from './roadmap.timeline';

describe('roadmap time axis', () => {
  const scale = timeScale(['2021-03-01', '2027-12-31', null, '2024-05-17']);

  it('spans whole quarters around every date', () => {
    expect(scale).toEqual({ start: '2021-01-01', end: '2028-01-01', days: 2556 });
    expect(timeScale([null, undefined])).toBeNull();
    expect(startOfQuarter('2026-11-21')).toBe('2026-10-01');
    expect(startOfQuarter('2026-03-31')).toBe('2026-01-01');
  });

  it('maps days to percent of the width, the last day of a bar included', () => {
    if (!scale) throw new Error('no scale');
    expect(xOf(scale, '2021-01-01')).toBe(0);
    expect(xAfter(scale, '2027-12-31')).toBe(100);
    expect(xOf(scale, '2024-07-01')).toBeCloseTo((1277 / 2556) * 100, 3);
    expect(spanOf(scale, '2021-01-01', '2021-12-31')).toEqual({ x: 0, width: xOf(scale, '2022-01-01') });
    expect(spanOf(scale, '2021-01-01', null)).toBeNull();
  });

  it('never draws a bar backwards', () => {
    if (!scale) throw new Error('no scale');
    expect(spanOf(scale, '2024-01-10', '2024-01-01')?.width).toBe(0);
  });

  it('ticks every year and quarter of the scale', () => {
    if (!scale) throw new Error('no scale');
    const years = yearTicks(scale);
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(years.reduce((s, y) => s + y.width, 0)).toBeCloseTo(100, 1);
    const quarters = quarterTicks(scale);
    expect(quarters).toHaveLength(28);
    expect(quarters.slice(0, 5).map((q) => q.quarter)).toEqual([1, 2, 3, 4, 1]);
    expect(quarters.filter((q) => q.yearStart)).toHaveLength(7);
  });

  it('clips the years to a scale that starts mid-year', () => {
    const mid = timeScale(['2023-07-15', '2024-02-01']);
    if (!mid) throw new Error('no scale');
    expect(mid.start).toBe('2023-07-01');
    expect(yearTicks(mid)[0]).toEqual({ year: 2023, x: 0, width: xOf(mid, '2024-01-01') });
    expect(quarterTicks(mid).map((q) => q.quarter)).toEqual([3, 4, 1]);
  });
});
