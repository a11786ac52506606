import fc from 'fast-check';
import { formatEuroDe, formatGermanDate } from '@masswerk/shared/domain';
import {
  centsOfNumber,
  isoDateOfCell,
  parseGermanAmount,
  parseGermanDate,
  parseYesNo,
  splitList,
} from './german-values';

/** A real calendar day between 1900 and 2199. */
const aDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseGermanDate', () => {
  it('reads TT.MM.JJJJ, short day and month, and ISO', () => {
    expect(parseGermanDate('31.12.2026')).toEqual({ ok: true, value: '2026-12-31' });
    expect(parseGermanDate(' 1.3.2027 ')).toEqual({ ok: true, value: '2027-03-01' });
    expect(parseGermanDate('2027-03-01')).toEqual({ ok: true, value: '2027-03-01' });
    expect(parseGermanDate('')).toEqual({ ok: true, value: null });
  });

  it('refuses days the calendar does not have and anything that is not a date', () => {
    for (const text of [
      '31.02.2026',
      '29.02.2027',
      '00.01.2026',
      '1.13.2026',
      '2026-02-30',
      '12/31/2026',
      'bald',
      '1.1.26',
      '01.01.0202',
    ])
      expect(parseGermanDate(text)).toEqual({ ok: false });
  });

  it('reads back every day as the export writes it, in both notations', () => {
    fc.assert(
      fc.property(aDay, (iso) => {
        expect(parseGermanDate(formatGermanDate(iso))).toEqual({ ok: true, value: iso });
        expect(parseGermanDate(iso)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('accepts nothing but real days, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        const parsed = parseGermanDate(text);
        if (parsed.ok && parsed.value !== null) {
          const [y, m, d] = parsed.value.split('-').map(Number);
          const day = new Date(Date.UTC(y, m - 1, d));
          expect(day.getUTCDate()).toBe(d);
          expect(day.getUTCMonth()).toBe(m - 1);
        }
      }),
    );
  });

  it('reads date cells at midnight UTC and refuses times of day', () => {
    expect(isoDateOfCell(new Date(Date.UTC(2027, 2, 15)))).toEqual({ ok: true, value: '2027-03-15' });
    expect(isoDateOfCell(new Date(Date.UTC(2027, 2, 15, 12)))).toEqual({ ok: false });
  });
});

describe('parseGermanAmount', () => {
  it('reads German amounts as cents', () => {
    expect(parseGermanAmount('1.500,50')).toEqual({ ok: true, value: 150050n });
    expect(parseGermanAmount('1500,5')).toEqual({ ok: true, value: 150050n });
    expect(parseGermanAmount('1500')).toEqual({ ok: true, value: 150000n });
    expect(parseGermanAmount('-12,30')).toEqual({ ok: true, value: -1230n });
    expect(parseGermanAmount('1.234.567,89 €')).toEqual({ ok: true, value: 123456789n });
    expect(parseGermanAmount('')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not strictly a German amount', () => {
    for (const text of [
      '1.500,5x',
      '1500.50',
      '1.50',
      '15,005',
      '1,500.50',
      '1.5000',
      '12..3',
      'zwölf',
      '--1',
      '1 500',
    ])
      expect(parseGermanAmount(text)).toEqual({ ok: false });
  });

  it('reads back every amount as German Excel shows it, with and without thousands points', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n) + 1n, max: 10n ** 13n - 1n }), (cents) => {
        expect(parseGermanAmount(formatEuroDe(cents))).toEqual({ ok: true, value: cents });
        expect(parseGermanAmount(formatEuroDe(cents).replace(/\./g, '').replace(' €', ''))).toEqual({
          ok: true,
          value: cents,
        });
      }),
    );
  });

  it('refuses an amount with any letter in it', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 10n }),
        fc.constantFrom('x', 'O', 'l', 'e', 'k'),
        fc.nat(12),
        (cents, letter, at) => {
          const text = formatEuroDe(cents).replace(' €', '');
          const i = Math.min(at, text.length);
          expect(parseGermanAmount(`${text.slice(0, i)}${letter}${text.slice(i)}`)).toEqual({ ok: false });
        },
      ),
    );
  });

  it('takes number cells with at most two decimal places', () => {
    expect(centsOfNumber(15500.5)).toEqual({ ok: true, value: 1550050n });
    expect(centsOfNumber(0.1 + 0.2)).toEqual({ ok: true, value: 30n });
    expect(centsOfNumber(1.005)).toEqual({ ok: false });
    expect(centsOfNumber(Number.NaN)).toEqual({ ok: false });
  });
});

describe('small cells', () => {
  it('reads ja/nein, empty as nein', () => {
    expect(parseYesNo('Ja')).toEqual({ ok: true, value: true });
    expect(parseYesNo('')).toEqual({ ok: true, value: false });
    expect(parseYesNo('vielleicht')).toEqual({ ok: false });
  });

  it('splits lists at " | " and line breaks', () => {
    expect(splitList('Bildung, Versorgung & Wirtschaft | Mobilität\nEnergie |  ')).toEqual([
      'Bildung, Versorgung & Wirtschaft',
      'Mobilität',
      'Energie',
    ]);
  });
});
