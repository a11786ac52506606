import { neutraliseFormula } from '../shared/formula';

/**
 * CSV as German Excel reads it: `;` between fields, CRLF between records, UTF-8 with a byte order mark (without it
 * Excel guesses Windows-1252 and breaks every umlaut). Fields are quoted when they contain the separator, a quote or a
 * line break; quotes are doubled (RFC 4180). Text that a spreadsheet would run as a formula is neutralised first.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

export function csvField(value: string): string {
  const text = neutraliseFormula(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A field of user text (neutralised and quoted as needed), or a figure the export formatted itself (as it is). */
export function csvRecord(values: readonly (string | { number: string })[]): string {
  return values.map((v) => (typeof v === 'string' ? csvField(v) : v.number)).join(CSV_SEPARATOR) + CSV_NEWLINE;
}
