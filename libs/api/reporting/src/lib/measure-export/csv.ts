/**
 * CSV as German Excel reads it: `;` between fields, CRLF between records, UTF-8 with a byte order mark (without it
 * Excel guesses Windows-1252 and breaks every umlaut). Fields are quoted when they contain the separator, a quote or a
 * line break; quotes are doubled (RFC 4180).
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/**
 * Text that Excel would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the start) gets a leading
 * apostrophe: a title like `=HYPERLINK(…)` from an untrusted source must not execute on a funder's machine (OWASP
 * "CSV injection").
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const text = defuse(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(CSV_SEPARATOR) + CSV_NEWLINE;
}
