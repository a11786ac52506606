import { FormControl } from '@angular/forms';
import { euroErrorKey, euroValidator, moneyForInput, parseEuroInput, parsePercentInput } from './money-input';

describe('parseEuroInput', () => {
  it('reads German amounts, a lone dot grouping thousands', () => {
    expect(parseEuroInput('1.500', 'de')).toBe('1500.00');
    expect(parseEuroInput('1.500,5', 'de')).toBe('1500.50');
    expect(parseEuroInput('1.500,00', 'de')).toBe('1500.00');
    expect(parseEuroInput('1,5', 'de')).toBe('1.50');
    expect(parseEuroInput('1.234.567,89')).toBe('1234567.89');
    expect(parseEuroInput('1234567,5')).toBe('1234567.50');
    expect(parseEuroInput(' 99,9 € ')).toBe('99.90');
    expect(parseEuroInput('2 500 000')).toBe('2500000.00');
    expect(parseEuroInput('1\u00a0500,00\u00a0€')).toBe('1500.00');
  });

  it('reads English amounts, a lone comma grouping thousands', () => {
    expect(parseEuroInput('1,500', 'en')).toBe('1500.00');
    expect(parseEuroInput('1,500.5', 'en')).toBe('1500.50');
    expect(parseEuroInput('1.5', 'en')).toBe('1.50');
    expect(parseEuroInput('1,234,567.89', 'en')).toBe('1234567.89');
  });

  it('reads plain amounts in either language', () => {
    for (const lang of ['de', 'en']) {
      expect(parseEuroInput('1234.56', lang)).toBe('1234.56');
      expect(parseEuroInput('1500', lang)).toBe('1500.00');
      expect(parseEuroInput('0', lang)).toBe('0.00');
    }
    expect(parseEuroInput('1,234.56', 'de')).toBe('1234.56');
  });

  it('refuses what is not an amount instead of guessing', () => {
    expect(parseEuroInput('')).toBeNull();
    expect(parseEuroInput(null)).toBeNull();
    expect(parseEuroInput('   ')).toBeNull();
    expect(parseEuroInput('abc')).toBeNull();
    expect(parseEuroInput('12a')).toBeNull();
    expect(parseEuroInput('€')).toBeNull();
    expect(parseEuroInput('1,234', 'de')).toBeNull();
    expect(parseEuroInput('1.234', 'en')).toBeNull();
    expect(parseEuroInput('1,555', 'de')).toBeNull();
    expect(parseEuroInput('12,345,6')).toBeNull();
    expect(parseEuroInput('1.2,3')).toBeNull();
    expect(parseEuroInput('1.50.0')).toBeNull();
    expect(parseEuroInput('12345678901234')).toBeNull();
    expect(parseEuroInput('1e3')).toBeNull();
  });

  it('refuses negative amounts unless a correction is allowed', () => {
    expect(parseEuroInput('-5')).toBeNull();
    expect(parseEuroInput('-1.500', 'de')).toBeNull();
    expect(parseEuroInput('-1.500', 'de', { allowNegative: true })).toBe('-1500.00');
    expect(parseEuroInput('−12,00', 'de', { allowNegative: true })).toBe('-12.00');
    expect(parseEuroInput('-', 'de', { allowNegative: true })).toBeNull();
    expect(parseEuroInput('--5', 'de', { allowNegative: true })).toBeNull();
  });

  it('round-trips with the form value of an amount', () => {
    for (const lang of ['de', 'en']) {
      expect(parseEuroInput(moneyForInput('1234567.89', lang), lang)).toBe('1234567.89');
      expect(parseEuroInput(moneyForInput('1500.00', lang), lang)).toBe('1500.00');
      expect(parseEuroInput(moneyForInput('-12.30', lang), lang, { allowNegative: true })).toBe('-12.30');
    }
    expect(moneyForInput('1234567.89', 'de')).toBe('1.234.567,89');
    expect(moneyForInput('1234567.89', 'en')).toBe('1,234,567.89');
    expect(moneyForInput('650.5', 'de')).toBe('650,50');
    expect(parseEuroInput(moneyForInput('999.00', 'de'))).toBe('999.00');
    expect(moneyForInput(null, 'de')).toBe('');
  });
});

describe('parsePercentInput', () => {
  it('reads rates from 0 to 100 with two decimals at most', () => {
    expect(parsePercentInput('65')).toBe(65);
    expect(parsePercentInput('65,5 %')).toBe(65.5);
    expect(parsePercentInput('90.25')).toBe(90.25);
    expect(parsePercentInput('101')).toBeNull();
    expect(parsePercentInput('65,555')).toBeNull();
    expect(parsePercentInput('')).toBeNull();
  });
});

describe('euroValidator', () => {
  const check = (value: string, lang: string, options = {}) =>
    euroErrorKey(
      new FormControl(
        value,
        euroValidator(() => lang, options),
      ).errors,
    );

  it('accepts amounts in the notation of the language', () => {
    expect(check('1.500,00', 'de')).toBeNull();
    expect(check('1.500', 'de')).toBeNull();
    expect(check('1,500.00', 'en')).toBeNull();
  });

  it('names the problem with a translation key', () => {
    expect(check('1.500', 'en')).toBe('form.euro');
    expect(check('zwölf', 'de')).toBe('form.euro');
    expect(check('-5', 'de')).toBe('form.euro');
    expect(check('-5', 'de', { allowNegative: true })).toBeNull();
    expect(check('', 'de', { required: true })).toBe('form.required');
    expect(check('', 'de')).toBeNull();
    expect(check('0,00', 'de', { nonZero: true })).toBe('form.euroZero');
  });
});
