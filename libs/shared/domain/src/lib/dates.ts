/**
 * Calendar dates travel as ISO strings (`2026-11-21`): they are days, not instants, and must never shift with a
 * time zone. All arithmetic here is on UTC midnights, which has no daylight-saving gaps.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toUtcMs(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/**
 * Adds calendar months; a day that does not exist in the target month falls back to that month's last day
 * (31 August + 6 months = 28/29 February), which is how German grant deadlines are read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not an ISO date: ${date}`);
  const year = Number(m[1]);
  const monthIndex = Number(m[2]) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return fromUtcMs(Date.UTC(targetYear, targetMonth, day));
}

export function minDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  const present = dates.filter((d): d is IsoDate => !!d);
  return present.length ? present.reduce((a, b) => (a < b ? a : b)) : null;
}

export function maxDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  const present = dates.filter((d): d is IsoDate => !!d);
  return present.length ? present.reduce((a, b) => (a > b ? a : b)) : null;
}

/** The calendar day it is now in the given time zone (German municipalities live in Europe/Berlin). */
export function todayIn(timeZone = 'Europe/Berlin', now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** `21.11.2026`, the German way of writing a date. */
export function formatGermanDate(date: IsoDate | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
