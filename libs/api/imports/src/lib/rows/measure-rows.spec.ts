import fc from 'fast-check';
import { parseContact } from './measure-rows';

describe('parseContact', () => {
  it('reads the unit, person and address the export joined', () => {
    expect(parseContact('Amt für Digitales, Erika Muster, erika@example.org')).toEqual({
      responsibleUnit: 'Amt für Digitales',
      contactName: 'Erika Muster',
      contactEmail: 'erika@example.org',
    });
    expect(parseContact('Erika Muster')).toEqual({
      responsibleUnit: '',
      contactName: 'Erika Muster',
      contactEmail: null,
    });
    expect(parseContact('Kreis, Amt 10, Max, max@example.org').responsibleUnit).toBe('Kreis, Amt 10');
  });

  it('joins back to what it read (the comparison of an unchanged row)', () => {
    const part = fc
      .string({ unit: fc.constantFrom(...'abc äö-.'.split('')), minLength: 1, maxLength: 10 })
      .filter((s) => !!s.trim());
    fc.assert(
      fc.property(part, part, fc.option(part.map((s) => `${s.trim()}@example.org`)), (unit, name, email) => {
        const joined = [unit.trim(), name.trim(), email].filter((v) => !!v).join(', ');
        const c = parseContact(joined);
        expect([c.responsibleUnit, c.contactName, c.contactEmail].filter((v) => !!v).join(', ')).toBe(joined);
      }),
    );
  });
});
