import type { ChartSpec } from './chart';

/** What an indicator chart needs: the measured values and the target (the internal and the public indicator). */
export interface IndicatorSeries {
  values: readonly { measuredOn: string; value: string }[];
  targetValue?: string | null;
  targetDate?: string | null;
}

/**
 * The values over time against the target: one point per measurement (and the target date where known), the target
 * as a dashed level line. The chart component shows the same as a table. The measure page and the public measure
 * page draw their indicators with it.
 */
export function indicatorChart(
  i: IndicatorSeries,
  labels: { value: string; target: string },
  formatDay: (day: string) => string,
  formatValue: (v: number) => string,
): ChartSpec {
  const days = [...new Set([...i.values.map((v) => v.measuredOn), ...(i.targetDate ? [i.targetDate] : [])])].sort();
  const byDay = new Map(i.values.map((v) => [v.measuredOn, Number(v.value)]));
  const series: ChartSpec['series'] = [{ name: labels.value, values: days.map((d) => byDay.get(d) ?? null) }];
  if (i.targetValue !== null && i.targetValue !== undefined)
    series.push({ name: labels.target, values: days.map(() => Number(i.targetValue)), dashed: true, color: '#a33a00' });
  return { kind: 'line', categories: days.map(formatDay), series, format: formatValue };
}
