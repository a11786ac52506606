import fc from 'fast-check';
import { decodeFileNameHeader, MAX_FILE_NAME_LENGTH, sanitiseFileName } from './file-name';

const PDF = { mediaType: 'application/pdf', extension: 'pdf' };
const JPEG = { mediaType: 'image/jpeg', extension: 'jpg' };

describe('sanitiseFileName', () => {
  it('keeps a plain German name', () => {
    expect(sanitiseFileName('Rechnung Nr. 4711 – Glasfaser Müller.pdf', PDF)).toBe(
      'Rechnung Nr. 4711 – Glasfaser Müller.pdf',
    );
  });

  it('keeps the last path segment only', () => {
    expect(sanitiseFileName('C:\\Users\\amt\\Belege\\beleg.pdf', PDF)).toBe('beleg.pdf');
    expect(sanitiseFileName('../../etc/passwd.pdf', PDF)).toBe('passwd.pdf');
  });

  it('ends in the extension of the content, whatever the name says', () => {
    expect(sanitiseFileName('setup.exe', PDF)).toBe('setup.exe.pdf');
    expect(sanitiseFileName('Foto.JPEG', JPEG)).toBe('Foto.JPEG');
    expect(sanitiseFileName('scan', PDF)).toBe('scan.pdf');
  });

  it('drops invisible and bidirectional characters and replaces reserved ones', () => {
    expect(sanitiseFileName('rechnung\u202efdp.exe', PDF)).toBe('rechnungfdp.exe.pdf');
    expect(sanitiseFileName('a\u0000b\r\nc<d>:e"f|g?h*.pdf', PDF)).toBe('ab c_d__e_f_g_h_.pdf');
  });

  it('names a document without a usable name', () => {
    expect(sanitiseFileName('', PDF)).toBe('Dokument.pdf');
    expect(sanitiseFileName(null, PDF)).toBe('Dokument.pdf');
    expect(sanitiseFileName(' ... ', PDF)).toBe('Dokument.pdf');
    expect(sanitiseFileName('.pdf', PDF)).toBe('pdf.pdf');
  });

  it('is never empty, never too long, never holds a separator or control character, and ends as its content', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (sent) => {
        const name = sanitiseFileName(sent, PDF);
        expect(name.length).toBeGreaterThan(4);
        expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[/\\\u0000-\u001f\u202e]/);
        expect(name.toLowerCase().endsWith('.pdf')).toBe(true);
      }),
    );
  });
});

describe('decodeFileNameHeader', () => {
  it('reads percent-encoded UTF-8 and passes plain or malformed names through', () => {
    expect(decodeFileNameHeader(encodeURIComponent('Prüfbericht 2026.pdf'))).toBe('Prüfbericht 2026.pdf');
    expect(decodeFileNameHeader('beleg.pdf')).toBe('beleg.pdf');
    expect(decodeFileNameHeader('100%.pdf')).toBe('100%.pdf');
    expect(decodeFileNameHeader(undefined)).toBeNull();
  });
});
