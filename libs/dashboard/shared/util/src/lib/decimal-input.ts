import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** What the API takes for an indicator's values: up to 14 digits before and 4 after the point. */
const PLAIN = /^\d{1,14}(\.\d{1,4})?$/;

/**
 * Reads a number as people type it into the API's decimal string ("1234.5"), like parseEuroInput reads amounts:
 * "1.234,5" and "1,234.5" both work; with one kind of separator the language decides whether "1.500" (German) or
 * "1,500" (English) groups thousands, otherwise the separator is the decimal point. Up to four decimal places;
 * null for anything else, never a guess.
 */
export function parseDecimalInput(text: string | null | undefined, language = 'de'): string | null {
  let t = (text ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  if (!t) return null;
  const comma = t.lastIndexOf(',');
  const dot = t.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    if (/^\d{1,3}(\.\d{3})*,\d{1,4}$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(,\d{3})*\.\d{1,4}$/.test(t)) t = t.replace(/,/g, '');
    else return null;
  } else if (comma >= 0) {
    t = language === 'en' && /^\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  } else if (dot >= 0 && language !== 'en' && /^\d{1,3}(\.\d{3})+$/.test(t)) {
    t = t.replace(/\./g, '');
  }
  if (!PLAIN.test(t)) return null;
  return negative && !/^0(\.0+)?$/.test(t) ? `-${t}` : t;
}

/** A value from the API as the field shows it: "1234,5" in German, "1234.5" in English (no grouping: exact). */
export function decimalForInput(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return language === 'en' ? value : value.replace('.', ',');
}

/** `{ decimal: true }` when the text is no number parseDecimalInput reads; empty passes unless `required`. */
export function decimalValidator(language: () => string, required = false): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const text = (control.value ?? '').trim();
    if (!text) return required ? { required: true } : null;
    return parseDecimalInput(text, language()) === null ? { decimal: true } : null;
  };
}
