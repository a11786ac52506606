import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { moneyToString, parseMoney } from '@masswerk/shared/domain';

const PLAIN = /^\d{1,13}(\.\d{1,2})?$/;

export interface EuroInputOptions {
  /** A leading minus is allowed (a correction, e.g. a negative expenditure). */
  allowNegative?: boolean;
}

/**
 * Reads an amount typed in euros into the API's money string ("1234567.89"), with or without "€" and spaces. Both
 * "1.234.567,89" and "1,234,567.89" work; with only one kind of separator, the language decides whether "1.500" or
 * "1,500" groups thousands (German dot, English comma) – otherwise the separator is the decimal point. Returns null
 * for anything that is not an amount with at most two decimal places (and, unless allowed, negative), never a guess.
 */
export function parseEuroInput(
  text: string | null | undefined,
  language = 'de',
  options: EuroInputOptions = {},
): string | null {
  let t = (text ?? '').replace(/[\s\u00a0\u202f€]/g, '').replace(/^[\u2212\u2013]/, '-');
  const negative = t.startsWith('-');
  if (negative) {
    if (!options.allowNegative) return null;
    t = t.slice(1);
  }
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
  if (!PLAIN.test(t)) return null;
  const cents = parseMoney(t);
  return moneyToString(negative ? -cents : cents);
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

export interface EuroValidatorOptions extends EuroInputOptions {
  /** An empty field is an error (`required`); otherwise empty passes. */
  required?: boolean;
  /** 0 € is refused (`euroZero`), as for an expenditure. */
  nonZero?: boolean;
}

/**
 * The one validator of every money field: `{ euro: true }` when parseEuroInput cannot read the text in the current
 * language. Its message is the translation key `form.euro` ("Bitte einen Betrag wie 1.500,00 eingeben.").
 */
export function euroValidator(language: () => string, options: EuroValidatorOptions = {}): ValidatorFn {
  return (c: AbstractControl): ValidationErrors | null => {
    const text = String(c.value ?? '').trim();
    if (!text) return options.required ? { required: true } : null;
    const amount = parseEuroInput(text, language(), options);
    if (amount === null) return { euro: true };
    return options.nonZero && parseMoney(amount) === 0n ? { euroZero: true } : null;
  };
}

/** The translation key for the error of a money field validated by euroValidator, or null. */
export function euroErrorKey(errors: ValidationErrors | null | undefined): string | null {
  if (!errors) return null;
  if (errors['required']) return 'form.required';
  if (errors['euroZero']) return 'form.euroZero';
  if (errors['euro']) return 'form.euro';
  return null;
}
