import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { centralDirectory, checkZip, ZipRefusal } from './zip-guard';

const LIMITS = { maxUncompressedBytes: 1024 * 1024, maxEntries: 100 };

/** A zip of deflated entries whose headers declare `declared` (or the true size). */
function aZip(entries: { name: string; content: Buffer; declared?: number }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = deflateRawSync(e.content);
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(dir, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const refusal = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof ZipRefusal) return error.kind;
    throw error;
  }
};

describe('the zip guard', () => {
  it('passes a real workbook and shows its worksheets', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Maßnahmen').addRow(['Titel']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const seen: string[] = [];
    checkZip(bytes, LIMITS, (name) => seen.push(name));
    expect(seen).toEqual(['xl/worksheets/sheet1.xml']);
  });

  it('refuses more declared than the limit', () => {
    expect(
      refusal(() => checkZip(aZip([{ name: 'a.xml', content: Buffer.alloc(10), declared: 2 * 1024 * 1024 }]), LIMITS)),
    ).toBe('too-large');
  });

  it('refuses an entry that inflates beyond what it declares, at that size', () => {
    const bomb = aZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(5 * 1024 * 1024), declared: 100 }]);
    expect(refusal(() => checkZip(bomb, LIMITS))).toBe('too-large');
  });

  it('refuses what is no zip, and too many entries', () => {
    expect(refusal(() => checkZip(Buffer.from('PK\u0003\u0004 kaputt'), LIMITS))).toBe('unreadable');
    const many = aZip(Array.from({ length: 101 }, (_, i) => ({ name: `${i}.xml`, content: Buffer.from('x') })));
    expect(refusal(() => centralDirectory(many, 100))).toBe('too-large');
  });

  it('never fails with anything but a refusal on damaged bytes', () => {
    const good = aZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.from('<row r="1"/>'.repeat(50)) }]);
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const damaged = Buffer.from(good);
        damaged[at] = byte;
        try {
          checkZip(damaged, LIMITS);
        } catch (error) {
          expect(error).toBeInstanceOf(ZipRefusal);
        }
      }),
    );
  });
});
