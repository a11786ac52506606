import { indicatorChart } from './indicator-chart';

describe('an indicator chart', () => {
  it('charts the values by day against the target as a level line up to the target date', () => {
    const spec = indicatorChart(
      {
        targetValue: '2500',
        targetDate: '2027-12-31',
        values: [
          { measuredOn: '2026-10-01', value: '900' },
          { measuredOn: '2026-06-01', value: '300' },
        ],
      },
      { value: 'Wert', target: 'Zielwert' },
      (d) => d,
      String,
    );
    expect(spec.categories).toEqual(['2026-06-01', '2026-10-01', '2027-12-31']);
    expect(spec.series).toEqual([
      { name: 'Wert', values: [300, 900, null] },
      expect.objectContaining({ name: 'Zielwert', values: [2500, 2500, 2500], dashed: true }),
    ]);
  });

  it('has no target line without a target', () => {
    const spec = indicatorChart(
      { values: [{ measuredOn: '2026-06-01', value: '3' }] },
      { value: 'Wert', target: 'Ziel' },
      (d) => d,
      String,
    );
    expect(spec.series.map((s) => s.name)).toEqual(['Wert']);
  });
});
