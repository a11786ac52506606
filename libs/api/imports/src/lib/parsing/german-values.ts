import { Cents, isIsoDate, IsoDate } from '@masswerk/shared/domain';

/** A cell read strictly: its value, or why it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const NO: Parsed<never> = { ok: false };

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as German Excel writes it (`TT.MM.JJJJ`, also `1.3.2026`) or as ISO (`2026-03-01`), checked against the
 * calendar: `31.02.2026` is no date. Empty text is "no date" (null).
 */
export function parseGermanDate(text: string): Parsed<IsoDate | null> {
  const trimmed = text.trim();
  if (!trimmed) return ok(null);
  const german = GERMAN_DATE.exec(trimmed);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : trimmed;
  if (!ISO_DATE.test(iso) || !isIsoDate(iso)) return NO;
  // Years outside what a funding period can mean are typos (202 for 2026), not dates.
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2199 ? ok(iso) : NO;
}

/** A date cell of a workbook: exceljs gives dates as instants at midnight UTC. */
export function isoDateOfCell(value: Date): Parsed<IsoDate> {
  if (Number.isNaN(value.getTime())) return NO;
  const iso = value.toISOString().slice(0, 10);
  const year = value.getUTCFullYear();
  // A date cell with a time of day is a date a formula or a typo made; the day alone is meant only at midnight.
  if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds()) return NO;
  return year >= 1900 && year <= 2199 ? ok(iso) : NO;
}

/**
 * An amount the German way: `1.500,50`, `1500,5`, `1500` or `-12,30` (thousands points only in groups of three,
 * at most two decimal places), as integer cents. A point followed by one or two digits (`1500.50`) is refused: in a
 * German file it cannot be told from a thousands point. Empty text is "no amount" (null).
 */
export function parseGermanAmount(text: string): Parsed<Cents | null> {
  const trimmed = text.trim().replace(/\s*€$/, '');
  if (!trimmed) return ok(null);
  const m = /^(-)?(\d{1,3}(?:\.\d{3})+|\d{1,13})(?:,(\d{1,2}))?$/.exec(trimmed);
  if (!m) return NO;
  const euros = m[2].replace(/\./g, '');
  if (euros.length > 13) return NO;
  const cents = BigInt(euros) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return ok(m[1] ? -cents : cents);
}

/** A number cell as cents: refused when it has more than two decimal places or is beyond what money can hold. */
export function centsOfNumber(value: number): Parsed<Cents> {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e13) return NO;
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) > 1e-6) return NO;
  return ok(BigInt(cents));
}

/** `ja`/`nein` (as the export writes them), case-insensitive; empty is `nein`. */
export function parseYesNo(text: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'nein') return ok(false);
  if (t === 'ja') return ok(true);
  return NO;
}

/** A whole number in a range (a year, a weight, a position), written without decimals. */
export function parseWholeNumber(text: string, min: number, max: number): Parsed<number | null> {
  const t = text.trim();
  if (!t) return ok(null);
  if (!/^-?\d{1,9}$/.test(t)) return NO;
  const n = Number(t);
  return n >= min && n <= max ? ok(n) : NO;
}

/** The entries of a list cell: separated by ` | ` as the export writes them, or by line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*\|\s*|\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** German text compared as people write it: case, surrounding and doubled spaces do not matter. */
export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

export function normalName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}
