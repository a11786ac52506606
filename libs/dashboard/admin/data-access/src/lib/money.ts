import { cents } from '@masswerk/dashboard/funding/data-access';
import { moneyToString, percentToBasisPoints, splitShares } from '@masswerk/shared/domain';

const PLAIN = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * Reads an amount typed in euros into the API's money string ("1234567.89"), with or without "€" and spaces. Both
 * "1.234.567,89" and "1,234,567.89" work; with only one kind of separator, the language decides whether "1.500" or
 * "1,500" groups thousands (German dot, English comma) – otherwise the separator is the decimal point. Returns null
 * for anything that is not a non-negative amount with at most two decimal places, never a guess.
 */
export function parseEuroInput(text: string | null | undefined, language = 'de'): string | null {
  let t = (text ?? '').replace(/[\s\u00a0\u202f€]/g, '');
  if (!t) return null;
  const comma = t.lastIndexOf(',');
  const dot = t.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    if (/^\d{1,3}(\.\d{3})*,\d{1,2}$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(,\d{3})*\.\d{1,2}$/.test(t)) t = t.replace(/,/g, '');
    else return null;
  } else if (comma >= 0) {
    t = language === 'en' && /^\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  } else if (dot >= 0 && language === 'de' && /^\d{1,3}(\.\d{3})+$/.test(t)) {
    t = t.replace(/\./g, '');
  }
  return PLAIN.test(t) ? moneyToString(cents(t)) : null;
}

/**
 * An amount from the API as people type it, for a form field: "1.234.567,89" in German, "1,234,567.89" in English.
 * parseEuroInput reads it back exactly.
 */
export function moneyForInput(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const negative = value.startsWith('-');
  const [euros, fraction = ''] = value.replace('-', '').split('.');
  const [group, decimal] = language === 'de' ? ['.', ','] : [',', '.'];
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${decimal}${(fraction + '00').slice(0, 2)}`;
}

/** Reads a rate in percent ("65", "65,5", "90.25") with at most two decimal places; null when it is not one. */
export function parsePercentInput(text: string | null | undefined): number | null {
  const t = (text ?? '').replace(/[\s%]/g, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const value = Number(t);
  return value <= 100 ? value : null;
}

/**
 * Grant and own share of the eligible costs at a funding rate, rounded exactly as the API does when they are left
 * out (federal share half up to the cent, the own share is the rest).
 */
export function sharesAtRate(eligibleCosts: string, ratePercent: number): { grantAmount: string; ownShare: string } {
  const split = splitShares(cents(eligibleCosts), percentToBasisPoints(ratePercent));
  return { grantAmount: moneyToString(split.federal), ownShare: moneyToString(split.own) };
}

/** What is wrong with grant, own share and eligible costs together, as the API checks them; null when consistent. */
export function grantSharesProblem(
  eligibleCosts: string,
  grantAmount: string | null,
  ownShare: string | null,
): 'grantExceedsCosts' | 'sharesDoNotAddUp' | null {
  const eligible = cents(eligibleCosts);
  if (grantAmount !== null && cents(grantAmount) > eligible) return 'grantExceedsCosts';
  if (grantAmount !== null && ownShare !== null && cents(grantAmount) + cents(ownShare) !== eligible)
    return 'sharesDoNotAddUp';
  return null;
}
