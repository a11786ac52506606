import fc from 'fast-check';
import { neutraliseFormula } from '../shared/formula';
import { csvField, csvRecord } from './csv';

describe('csv for German Excel', () => {
  it('leaves plain text alone and joins fields with semicolons and CRLF', () => {
    expect(csvRecord(['EIF-M01', 'Datenplattform', 'in Umsetzung'])).toBe('EIF-M01;Datenplattform;in Umsetzung\r\n');
  });

  it('quotes fields with separators, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('A; B')).toBe('"A; B"');
    expect(csvField('Der „Dorfladen“ "digital"')).toBe('"Der „Dorfladen“ ""digital"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"');
  });

  it('defuses text that Excel would execute as a formula', () => {
    expect(csvField('=HYPERLINK("http://example.org")')).toBe(`"'=HYPERLINK(""http://example.org"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('E-Mail')).toBe('E-Mail');
  });

  it('writes figures the export formatted itself as they are, a negative amount too', () => {
    expect(csvRecord(['-5', { number: '-5,00' }, { number: '42' }])).toBe("'-5;-5,00;42\r\n");
  });

  it('reads back as the neutralised text, whatever the text holds', () => {
    const unquote = (field: string) =>
      field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    fc.assert(
      fc.property(fc.string(), (text) => {
        const field = csvField(text);
        expect(unquote(field)).toBe(neutraliseFormula(text));
        // a field that is not quoted holds no separator, quote or line break
        if (!field.startsWith('"')) expect(field).not.toMatch(/[;"\r\n]/);
      }),
    );
  });
});
