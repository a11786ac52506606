import fc from 'fast-check';
import { decimalForInput, parseDecimalInput } from './decimal-input';

describe('parseDecimalInput', () => {
  it.each([
    ['2500', 'de', '2500'],
    ['2.500', 'de', '2500'],
    ['2.500,75', 'de', '2500.75'],
    ['1,5', 'de', '1.5'],
    ['1.5', 'de', '1.5'],
    ['2,500', 'en', '2500'],
    ['2,500.75', 'en', '2500.75'],
    ['−3,25', 'de', '-3.25'],
    [' 12 345,5 ', 'de', '12345.5'],
    ['0,12345', 'de', null],
    ['1.2.3', 'de', null],
    ['1.23.4', 'de', null],
    ['abc', 'de', null],
    ['', 'de', null],
    ['-', 'de', null],
  ])('reads %p in %s as %p', (text, language, expected) => {
    expect(parseDecimalInput(text, language)).toBe(expected);
  });

  it('reads back exactly what the field shows for any value the API sends', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), fc.option(fc.integer({ min: 0, max: 9999 })))
      .map(([neg, whole, frac]) => {
        const v = frac === null ? `${whole}` : `${whole}.${String(frac).padStart(4, '0')}`;
        return neg && !/^0(\.0+)?$/.test(v) ? `-${v}` : v;
      });
    fc.assert(
      fc.property(decimal, fc.constantFrom('de', 'en'), (value, language) => {
        const read = parseDecimalInput(decimalForInput(value, language), language);
        expect(read === null ? null : Number(read)).toBe(Number(value));
      }),
    );
  });
});
