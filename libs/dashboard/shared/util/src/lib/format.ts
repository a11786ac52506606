import { IsoDate } from '@masswerk/shared/domain';

export type UiLanguage = 'de' | 'en';

const LOCALE: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/** `21.11.2026` in German, `21/11/2026` in English; days never shift with the browser's time zone. */
export function formatDate(date: IsoDate | null | undefined, language: UiLanguage = 'de'): string {
  if (!date) return '–';
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
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

export function formatPercent(value: number | null | undefined, language: UiLanguage = 'de'): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
