import fc from 'fast-check';
import { looksLikeFormula, neutraliseFormula } from './formula';

/** Whitespace a spreadsheet skips before it looks for a formula. */
const blank = fc.constantFrom(' ', '\t', '\r', '\n', '\u00a0');
const trigger = fc.constantFrom('=', '+', '-', '@');

describe('formula neutralisation for exports', () => {
  it('prefixes formulas, also behind whitespace, tabs and carriage returns', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(neutraliseFormula('  =1+1')).toBe(`'  =1+1`);
    expect(neutraliseFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutraliseFormula('\r\n@SUM(A1)')).toBe(`'\r\n@SUM(A1)`);
    expect(neutraliseFormula('+49 651 123')).toBe(`'+49 651 123`);
    expect(neutraliseFormula('-5')).toBe(`'-5`);
    expect(neutraliseFormula('\tText')).toBe(`'\tText`);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['E-Mail', 'Datenplattform', 'A = B', '', ' ', '5-fach', "'=schon entschärft"]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('any whitespace before any trigger is prefixed, whatever follows', () => {
    fc.assert(
      fc.property(fc.array(blank, { maxLength: 5 }), trigger, fc.string(), (spaces, start, rest) => {
        const text = spaces.join('') + start + rest;
        expect(neutraliseFormula(text)).toBe(`'${text}`);
      }),
    );
  });

  it('changes a text by at most one leading apostrophe, after which no formula is left', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const safe = neutraliseFormula(text);
        expect([text, `'${text}`]).toContain(safe);
        expect(looksLikeFormula(safe)).toBe(false);
        expect(neutraliseFormula(safe)).toBe(safe);
      }),
    );
  });

  it('a text whose first visible character starts no formula is never changed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const visible = text.replace(/^[\s\u00a0\ufeff]*/, '');
        const startsWithTabOrCr = /^[\t\r]/.test(text);
        if (!startsWithTabOrCr && !/^[=+\-@]/.test(visible)) expect(neutraliseFormula(text)).toBe(text);
      }),
    );
  });
});
