import { inflateRawSync } from 'node:zlib';

/** What the guard allows of a workbook's zip container before anything unpacks it for real. */
export interface ZipLimits {
  /** Sum of the uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

/** Why a zip container was refused: too big unpacked (a zip bomb), or not a zip that can be read. */
export class ZipRefusal extends Error {
  constructor(
    readonly kind: 'too-large' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * The entries of a zip's central directory, with the sizes they declare. Refuses what a workbook never is: no end
 * record, ZIP64 or sizes beyond the file, encrypted entries, methods other than stored and deflate.
 */
export function centralDirectory(zip: Buffer, maxEntries: number): ZipEntry[] {
  const unreadable = (why: string) => new ZipRefusal('unreadable', why);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw unreadable('ZIP64');
  if (count > maxEntries) throw new ZipRefusal('too-large', `${count} entries`);
  if (offset + size > eocd) throw unreadable('central directory beyond the file');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || zip.readUInt32LE(p) !== CENTRAL) throw unreadable('broken central directory');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const uncompressedSize = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localHeaderOffset = zip.readUInt32LE(p + 42);
    if (flags & 0x1) throw unreadable('encrypted entry');
    if (method !== 0 && method !== 8) throw unreadable(`compression method ${method}`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw unreadable('ZIP64 entry');
    if (localHeaderOffset + 30 + compressedSize > offset) throw unreadable('entry beyond the file');
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks a workbook's zip before exceljs unpacks it: the declared uncompressed sizes must stay within the limit, and
 * every entry is inflated here with its declared size as the ceiling, so an entry that lies about its size (the
 * classic zip bomb) is caught at that ceiling instead of filling the memory. Calls `inspect` with the text of each
 * worksheet entry (to count rows before the real load). Throws {@link ZipRefusal}.
 */
export function checkZip(zip: Buffer, limits: ZipLimits, inspect?: (name: string, xml: string) => void): ZipEntry[] {
  const entries = centralDirectory(zip, limits.maxEntries);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) throw new ZipRefusal('too-large', `${declared} bytes unpacked`);
  for (const entry of entries) {
    const p = entry.localHeaderOffset;
    if (zip.readUInt32LE(p) !== LOCAL) throw new ZipRefusal('unreadable', 'broken local header');
    const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    let content: Buffer;
    if (entry.method === 0) content = data;
    else {
      try {
        // one byte more than declared: an entry that inflates beyond its declared size stops there and is refused
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipRefusal('too-large', `${entry.name} inflates beyond its declared size`);
        throw new ZipRefusal('unreadable', `${entry.name} cannot be inflated`);
      }
    }
    if (content.length !== entry.uncompressedSize)
      throw new ZipRefusal(
        content.length > entry.uncompressedSize ? 'too-large' : 'unreadable',
        `${entry.name} is not its declared size`,
      );
    if (inspect && /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) inspect(entry.name, content.toString('utf8'));
  }
  return entries;
}
