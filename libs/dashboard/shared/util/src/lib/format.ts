import { IsoDate } from '@masswerk/shared/domain';

export type UiLanguage = 'de' | 'en';

const LOCALE: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * `21.11.2026` in German, `21/11/2026` in English. A calendar day (`2026-11-21`) never shifts with the browser's time
 * zone; an instant (`2026-11-21T23:30:00Z`, e.g. when an invitation expires) is the day it is in Germany.
 */
export function formatDate(date: IsoDate | string | null | undefined, language: UiLanguage = 'de'): string {
  if (!date) return '–';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const instant = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(date);
  if (Number.isNaN(instant.getTime())) return '–';
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: day ? 'UTC' : 'Europe/Berlin',
  }).format(instant);
}

export function formatDateTime(instant: string | Date | null | undefined, language: UiLanguage = 'de'): string {
  if (!instant) return '–';
  return new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(instant));
}

/** Money arrives as a decimal string in euros ("1234567.89"); shown as `1.234.567,89 €`. */
export function formatMoney(
  euros: string | number | null | undefined,
  language: UiLanguage = 'de',
  fractionDigits = 2,
): string {
  if (euros === null || euros === undefined || euros === '') return '–';
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(Number(euros));
}

export function formatNumber(
  value: string | number | null | undefined,
  language: UiLanguage = 'de',
  maximumFractionDigits = 2,
): string {
  if (value === null || value === undefined || value === '') return '–';
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits }).format(Number(value));
}

/** A share given in percent (79.1) as `79,1 %` in German, `79.1%` in English; whole percent unless asked. */
export function formatPercent(
  value: number | null | undefined,
  language: UiLanguage = 'de',
  maximumFractionDigits = 0,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits }).format(value / 100);
}
