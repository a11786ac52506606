import { inflateRawSync } from 'node:zlib';

/** A kind of file Maßwerk keeps: its media type and the extension a download of it gets. */
export interface AcceptedType {
  mediaType: string;
  extension: string;
}

/**
 * How many bytes of the start of a file `sniffMediaType` needs at most: the zip formats name their kind in the first
 * entry (`[Content_Types].xml`, `mimetype`), which writers put first and keep small.
 */
export const SNIFF_BYTES = 256 * 1024;

const PDF: AcceptedType = { mediaType: 'application/pdf', extension: 'pdf' };
const PNG: AcceptedType = { mediaType: 'image/png', extension: 'png' };
const JPEG: AcceptedType = { mediaType: 'image/jpeg', extension: 'jpg' };
const GIF: AcceptedType = { mediaType: 'image/gif', extension: 'gif' };
const WEBP: AcceptedType = { mediaType: 'image/webp', extension: 'webp' };
const TIFF: AcceptedType = { mediaType: 'image/tiff', extension: 'tif' };

/** Office Open XML by the content type of its main part (macro-enabled variants are not accepted). */
const OOXML: Record<string, AcceptedType> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
  },
};

/** OpenDocument by its `mimetype` entry. */
const ODF: Record<string, AcceptedType> = {
  'application/vnd.oasis.opendocument.text': { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  'application/vnd.oasis.opendocument.spreadsheet': {
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    extension: 'ods',
  },
  'application/vnd.oasis.opendocument.presentation': {
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    extension: 'odp',
  },
};

/** Every media type a stored document can have (for the download's Content-Type). */
export const ACCEPTED_MEDIA_TYPES: readonly string[] = [
  PDF,
  PNG,
  JPEG,
  GIF,
  WEBP,
  TIFF,
  ...Object.values(OOXML),
  ...Object.values(ODF),
].map((t) => t.mediaType);

const startsWith = (head: Buffer, bytes: readonly number[], at = 0): boolean =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const LOCAL_FILE_HEADER = 0x04034b50;
/** The most of one zip entry's content inflated to read its kind: `[Content_Types].xml` is a few KiB. */
const MAX_INFLATED = 64 * 1024;

/** One entry of a zip's local file headers: its name and its content as far as the head holds it. */
interface ZipEntry {
  name: string;
  method: number;
  data: Buffer;
}

/** The entries whose local headers lie in `head`, in order (a forged or cut header ends the walk). */
function* zipEntries(head: Buffer): Generator<ZipEntry> {
  let at = 0;
  while (at + 30 <= head.length && head.readUInt32LE(at) === LOCAL_FILE_HEADER) {
    const flags = head.readUInt16LE(at + 6);
    const method = head.readUInt16LE(at + 8);
    const compressed = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const start = at + 30 + nameLength + extraLength;
    if (start > head.length) return;
    const name = head.subarray(at + 30, at + 30 + nameLength).toString('latin1');
    // With a data descriptor (flag bit 3) the size comes after the data: the content runs to where the head ends.
    const sized = (flags & 0x08) === 0;
    const end = sized ? Math.min(start + compressed, head.length) : head.length;
    yield { name, method, data: head.subarray(start, end) };
    if (!sized) return;
    at = start + compressed;
  }
}

/** The text of a zip entry (stored or deflated), at most MAX_INFLATED bytes of it; null when it cannot be read. */
function entryText(entry: ZipEntry): string | null {
  try {
    if (entry.method === 0) return entry.data.subarray(0, MAX_INFLATED).toString('latin1');
    if (entry.method === 8)
      return inflateRawSync(entry.data, { maxOutputLength: MAX_INFLATED, finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString(
        'latin1',
      );
  } catch {
    return null;
  }
  return null;
}

/** An OOXML or ODF package, by the entry that names its kind; any other zip is not accepted. */
function sniffZip(head: Buffer): AcceptedType | null {
  for (const entry of zipEntries(head)) {
    if (entry.name === 'mimetype') {
      const text = entryText(entry)?.trim() ?? '';
      return ODF[text] ?? null;
    }
    if (entry.name === '[Content_Types].xml') {
      const text = entryText(entry);
      if (!text) return null;
      const main = /PartName="\/[^"]*"\s+ContentType="([^"]+)"|ContentType="([^"]+)"\s+PartName="\/[^"]*"/g;
      for (const match of text.matchAll(main)) {
        const type = OOXML[match[1] ?? match[2]];
        if (type) return type;
      }
      return null;
    }
  }
  return null;
}

/**
 * What kind of file `head` (the first up to SNIFF_BYTES bytes) starts, by its magic numbers and, for zip packages,
 * by the entry that names the package's kind; null for anything Maßwerk does not keep. The name a file arrives with
 * plays no part.
 */
export function sniffMediaType(head: Buffer): AcceptedType | null {
  // PDF readers accept the marker within the first KiB (some writers put a BOM or garbage first); we ask for it first.
  if (startsWith(head, ascii('%PDF-'))) return PDF;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return GIF;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return TIFF;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(head);
  return null;
}
