import { isIsoDate } from '@masswerk/shared/domain';
import { formatDate, formatDateTime, formatMoney, formatPercent, UiLanguage } from '@masswerk/dashboard/shared/util';

/** Fields holding coded values, and the translation prefix that names their values (`status.IN_PROGRESS`). */
const CODED: Record<string, string> = {
  status: 'status',
  priority: 'priority',
  phase: 'phase',
  manualHealth: 'health',
  health: 'health',
  trafficLight: 'trafficLight',
  lastTrafficLight: 'trafficLight',
  transferability: 'transferability',
  role: 'role',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export interface HistoryWords {
  language: UiLanguage;
  translate(key: string): string;
  /** Whether the interface has a translation for the key. */
  has(key: string): boolean;
}

/** The field as the history names it: money (`amountCents`) and rates (`fundingRateBp`) by what they are. */
export function historyFieldKey(field: string): string {
  return field.replace(/Cents$/, '').replace(/Bp$/, '');
}

/**
 * A value of the history (JSON, as the API sends it) as the interface speaks: days as `06.12.2026`, instants with their
 * time, money in euros (stored as cents), rates in percent (stored as basis points), coded values in words (`niedrig`,
 * not `LOW`), yes/no, and lists by their length.
 */
export function historyValue(field: string, json: string | null, words: HistoryWords): string {
  if (json === null) return '–';
  const value: unknown = JSON.parse(json);
  if (value === null || value === '') return '–';
  if (Array.isArray(value)) return `${value.length} ${words.translate('history.entries')}`;
  if (typeof value === 'boolean') return words.translate(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object') return '…';
  const text = String(value);
  if (/Cents$/.test(field) && /^-?\d+$/.test(text)) return formatMoney(Number(text) / 100, words.language);
  if (/Bp$/.test(field) && /^\d+$/.test(text)) return formatPercent(Number(text) / 100, words.language, 2);
  const coded = CODED[field];
  if (coded && words.has(`${coded}.${text}`)) return words.translate(`${coded}.${text}`);
  // String(): a predicate on `text` itself would narrow it to never below (IsoDate is a string)
  if (isIsoDate(String(text))) return formatDate(text, words.language);
  if (ISO_INSTANT.test(text)) return formatDateTime(text, words.language);
  // `isIsoDate` narrows `text` to never past its check (IsoDate is a string), so the rest is read from the value
  return String(value).slice(0, 80);
}
