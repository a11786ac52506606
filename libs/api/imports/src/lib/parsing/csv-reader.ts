import iconv from 'iconv-lite';

/** How the bytes of a CSV were read. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a CSV as German Excel saves it: UTF-8 with or without BOM ("CSV UTF-8"), UTF-16 with BOM ("Unicode-Text"),
 * or Windows-1252 ("CSV (Trennzeichen-getrennt)") when the bytes are not valid UTF-8. Windows-1252 maps almost every byte, so it is only the
 * fallback: valid UTF-8 is never re-read as Windows-1252 (so Windows-1252 bytes that happen to form valid UTF-8, such
 * as "Ü„", are read as UTF-8; German text hardly ever does).
 */
export function decodeCsv(bytes: Buffer): DecodedText {
  // Excel's "Unicode-Text" is UTF-16 with a byte order mark (and tabs between the fields)
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(body, 'win1252'), encoding: 'windows-1252' };
  }
}

/** A CSV that cannot be read as records (an unclosed quote, text after a closing quote). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The separator of a CSV, from its first line (outside quotes): German Excel writes `;`, others `,` or a tab. A line
 * with none of them (one column) is read with `;`.
 */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ';';
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/**
 * Records of an RFC 4180 CSV with the given separator: quoted fields may hold separators, doubled quotes and line
 * breaks; lines end with CRLF or LF; empty lines are skipped. Stops with a {@link CsvSyntaxError} at the first
 * malformed field, and once more than `maxRecords` records were read (the caller's row limit, so a huge file is not
 * held as records).
 */
export function parseCsv(text: string, separator = detectSeparator(text), maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record);
      if (records.length > maxRecords) throw new CsvRecordLimit(maxRecords);
    }
    record = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && !fieldStarted && field === '') {
      // a quoted field: up to the closing quote, "" is one quote
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length)
          throw new CsvSyntaxError(startLine, `Ein Anführungszeichen in Zeile ${startLine} wird nicht geschlossen.`);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r')
        throw new CsvSyntaxError(line, `In Zeile ${line} steht Text nach einem schließenden Anführungszeichen.`);
      fieldStarted = true;
      continue;
    }
    if (c === separator) {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field !== '' || record.length) endRecord();
  return records;
}

/** More records than the caller allows. */
export class CsvRecordLimit extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} records`);
    this.name = 'CsvRecordLimit';
  }
}
