import { addDays, addMonths, daysBetween, IsoDate, maxDate, minDate } from '@masswerk/shared/domain';

/**
 * The time axis of the roadmap. Positions are percentages of the timeline's width, so the same drawing fits any
 * screen and the printed page without measuring anything; only heights are in pixels.
 */
export interface TimeScale {
  /** First day shown: the start of a quarter. */
  start: IsoDate;
  /** First day no longer shown: the start of the quarter after the last date. */
  end: IsoDate;
  days: number;
}

/** A stretch of the axis, in percent. */
export interface Span {
  x: number;
  width: number;
}

export interface YearTick extends Span {
  year: number;
}

export interface QuarterTick extends Span {
  quarter: 1 | 2 | 3 | 4;
  /** The first quarter of a year (drawn as a stronger line). */
  yearStart: boolean;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function startOfQuarter(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** A scale spanning whole quarters around every given date; null when there is no date at all. */
export function timeScale(dates: readonly (IsoDate | null | undefined)[]): TimeScale | null {
  const first = minDate(...dates);
  const last = maxDate(...dates);
  if (!first || !last) return null;
  const start = startOfQuarter(first);
  const end = addMonths(startOfQuarter(last), 3);
  return { start, end, days: daysBetween(start, end) };
}

/** Where a day begins, in percent of the width (outside 0–100 for days beyond the scale). */
export function xOf(scale: TimeScale, date: IsoDate): number {
  return round((daysBetween(scale.start, date) / scale.days) * 100);
}

/** Where a day ends: bars include their last day, so a plan ending 31 December reaches the next year's line. */
export function xAfter(scale: TimeScale, date: IsoDate): number {
  return xOf(scale, addDays(date, 1));
}

/** The bar from the first to the last day (both included); null when a date is missing. */
export function spanOf(
  scale: TimeScale,
  from: IsoDate | null | undefined,
  to: IsoDate | null | undefined,
): Span | null {
  if (!from || !to) return null;
  const x = xOf(scale, from);
  return { x, width: round(Math.max(xAfter(scale, to) - x, 0)) };
}

function clipped(scale: TimeScale, from: IsoDate, toExclusive: IsoDate): Span {
  const x = Math.max(xOf(scale, from), 0);
  const end = Math.min(xOf(scale, toExclusive), 100);
  return { x, width: round(end - x) };
}

export function yearTicks(scale: TimeScale): YearTick[] {
  const ticks: YearTick[] = [];
  const last = Number(scale.end.slice(0, 4));
  for (let year = Number(scale.start.slice(0, 4)); year <= last; year++) {
    const tick = clipped(scale, `${year}-01-01`, `${year + 1}-01-01`);
    if (tick.width > 0) ticks.push({ year, ...tick });
  }
  return ticks;
}

export function quarterTicks(scale: TimeScale): QuarterTick[] {
  const ticks: QuarterTick[] = [];
  for (let from = scale.start; from < scale.end; from = addMonths(from, 3)) {
    const quarter = (Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1) as QuarterTick['quarter'];
    ticks.push({ quarter, yearStart: quarter === 1, ...clipped(scale, from, addMonths(from, 3)) });
  }
  return ticks;
}
