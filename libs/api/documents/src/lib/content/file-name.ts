import type { AcceptedType } from './media-type';

export const MAX_FILE_NAME_LENGTH = 200;
const FALLBACK = 'Dokument';

/** Control characters, bidirectional overrides and isolates (which make `rechnung‮fdp.exe` read as `….pdf`). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters no file system of our users accepts in a name. */
const RESERVED = /[<>:"/\\|?*]/g;
/** Extensions that name the same kind as the one the content has. */
const SYNONYMS: Record<string, string[]> = { jpg: ['jpeg', 'jpe'], tif: ['tiff'] };

/**
 * The name a document is kept and offered for download under: the last path segment of what the client sent, without
 * invisible or reserved characters, at most MAX_FILE_NAME_LENGTH characters, and ending in the extension of the kind
 * its content has (`Rechnung.exe` that is a PDF becomes `Rechnung.exe.pdf`, so it opens as what it is).
 */
export function sanitiseFileName(sent: string | null | undefined, type: AcceptedType): string {
  let name = (sent ?? '').normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const fits = extension === type.extension || (SYNONYMS[type.extension] ?? []).includes(extension);
  const suffix = fits ? '' : `.${type.extension}`;
  let stem = fits ? name.slice(0, dot) : name;
  if (!stem) stem = FALLBACK;
  const kept = fits ? name.slice(dot) : '';
  const room = MAX_FILE_NAME_LENGTH - kept.length - suffix.length;
  // Cut by code points, so that a surrogate pair is never split.
  const cut =
    [...stem]
      .slice(0, room)
      .join('')
      .replace(/[\s.]+$/, '') || FALLBACK;
  return `${cut}${kept}${suffix}`;
}

/**
 * The file name of an upload as sent in `X-File-Name` (percent-encoded UTF-8, as `encodeURIComponent` makes it; a
 * plain ASCII name passes unchanged). A malformed escape leaves the header as it came.
 */
export function decodeFileNameHeader(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
