import fc from 'fast-check';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { CsvRecordLimit, CsvSyntaxError, decodeCsv, detectSeparator, parseCsv } from './csv-reader';

/** A field as German Excel writes it: quoted when it holds a separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('decodeCsv', () => {
  it('reads UTF-8 with and without BOM', () => {
    const text = 'Titel;Kurzbeschreibung\r\nStraße;Grüße – „ok“\r\n';
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
    expect(decodeCsv(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte order mark (Excel\'s "Unicode-Text")', () => {
    const text = 'Titel\tPhase\r\nStraße für Bürger\tB\r\n';
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(parseCsv(text)).toEqual([
      ['Titel', 'Phase'],
      ['Straße für Bürger', 'B'],
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const text = 'Titel\r\nStraße für Bürger – 50 €\r\n';
    expect(decodeCsv(iconv.encode(text, 'win1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads any text back as it was, in either encoding it can be written in', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aäöüßÄÖÜ€–„“;"\r\n xyz,'.split('')), maxLength: 40 }),
        (text) => {
          expect(decodeCsv(Buffer.from(text, 'utf8')).text).toBe(text);
          // Windows-1252 bytes that happen to be valid UTF-8 (such as "Ü„", C3-style pairs) are read as UTF-8: a
          // file cannot tell which it is, and real German text almost never forms such pairs
          const win = iconv.encode(text, 'win1252');
          fc.pre(!isUtf8(win));
          expect(decodeCsv(win).text).toBe(text);
        },
      ),
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks; CRLF and LF', () => {
    const text = 'Titel;Kurzbeschreibung\r\n"A; B";"Zeile 1\nZeile ""2"""\nC;\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ['Titel', 'Kurzbeschreibung'],
      ['A; B', 'Zeile 1\nZeile "2"'],
      ['C', ''],
    ]);
  });

  it('finds the separator in the first line', () => {
    expect(detectSeparator('Titel;Kennung\r\n')).toBe(';');
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('Titel\n')).toBe(';');
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('Titel\n"offen\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('Titel;X\n"a"b;c\n')).toThrow(/Zeile 2/);
  });

  it('stops at the record limit', () => {
    expect(() => parseCsv('a\nb\nc\nd\n', ';', 2)).toThrow(CsvRecordLimit);
  });

  it('reads back any table as German Excel writes it', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'ab ;"\r\näß€,'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
          ),
        (table) => {
          // a record of one empty field is an empty line, which readers skip
          const records = table.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = records.map((r) => r.map(field).join(';')).join('\r\n');
          expect(parseCsv(text, ';')).toEqual(records);
        },
      ),
    );
  });

  it('never throws anything but its own errors, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        try {
          parseCsv(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
        }
      }),
    );
  });
});
