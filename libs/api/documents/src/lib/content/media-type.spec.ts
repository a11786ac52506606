import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { sniffMediaType } from './media-type';

/** A zip of stored or deflated entries, as far as its local headers go (what the sniffing reads). */
function zipOf(entries: { name: string; text: string; deflate?: boolean; descriptor?: boolean }[]): Buffer {
  const parts: Buffer[] = [];
  for (const { name, text, deflate = true, descriptor = false } of entries) {
    const data = deflate ? deflateRawSync(Buffer.from(text)) : Buffer.from(text);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(descriptor ? 0x08 : 0, 6);
    header.writeUInt16LE(deflate ? 8 : 0, 8);
    header.writeUInt32LE(descriptor ? 0 : data.length, 18);
    header.writeUInt32LE(descriptor ? 0 : text.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), data);
  }
  return Buffer.concat(parts);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

describe('sniffMediaType', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'image/jpeg'],
    ['GIF', Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif'],
    ['WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 '), 'image/webp'],
    ['TIFF', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'image/tiff'],
  ])('recognises %s by its magic number', (_kind, head, mediaType) => {
    expect(sniffMediaType(head)?.mediaType).toBe(mediaType);
  });

  it('recognises a real XLSX by its [Content_Types].xml', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Belege').addRow(['Rechnung', 12.5]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniffMediaType(xlsx)).toEqual({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    });
  });

  it('recognises DOCX, also when the entry has a data descriptor', () => {
    const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    for (const descriptor of [false, true]) {
      const docx = zipOf([
        { name: '[Content_Types].xml', text: contentTypes(main), descriptor },
        { name: 'word/document.xml', text: '<w:document/>' },
      ]);
      expect(sniffMediaType(docx)?.extension).toBe('docx');
    }
  });

  it('recognises OpenDocument by its stored mimetype entry', () => {
    const odt = zipOf([{ name: 'mimetype', text: 'application/vnd.oasis.opendocument.text', deflate: false }]);
    expect(sniffMediaType(odt)?.extension).toBe('odt');
  });

  it('refuses macro-enabled office files, plain zips, executables, scripts and HTML', () => {
    const docm = zipOf([
      { name: '[Content_Types].xml', text: contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml') },
    ]);
    const zip = zipOf([{ name: 'setup.exe', text: 'MZ' }]);
    const jar = zipOf([{ name: 'META-INF/MANIFEST.MF', text: 'Manifest-Version: 1.0' }]);
    for (const head of [
      docm,
      zip,
      jar,
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
      Buffer.from('\x7fELF\x02\x01\x01'),
      Buffer.from('#!/bin/sh\nrm -rf /'),
      Buffer.from('<html><script>alert(1)</script>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      Buffer.from(' %PDF-1.4'),
      Buffer.alloc(0),
    ])
      expect(sniffMediaType(head)).toBeNull();
  });

  it('never throws, whatever the bytes (cut or forged zip headers included)', () => {
    const zipLike = fc
      .uint8Array({ maxLength: 400 })
      .map((bytes) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(bytes)]));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
          zipLike,
        ),
        (head) => {
          const type = sniffMediaType(head);
          expect(type === null || typeof type.mediaType === 'string').toBe(true);
        },
      ),
    );
  });
});
