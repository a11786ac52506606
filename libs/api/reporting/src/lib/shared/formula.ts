/**
 * Text that a spreadsheet would run as a formula: `=`, `+`, `-` or `@` at the start, also behind leading whitespace
 * (spaces, tabs, line breaks, no-break spaces: Excel and LibreOffice skip them when they parse an entry), and a tab or
 * carriage return at the start, which some importers turn into a cell break before a formula (OWASP "CSV injection").
 */
const FORMULA_START = /^(?:[\s\u00a0\ufeff]*[=+\-@]|[\t\r])/;

/** Whether a spreadsheet would read the text as a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * User text made safe for a CSV field: a text that a spreadsheet would run as a formula gets a leading apostrophe,
 * which Excel reads as "this is text" and does not show. Everything else is left exactly as it is, so a number like
 * `-5` in a text column becomes `'-5` (text, as it was meant) and `E-Mail` stays `E-Mail`.
 *
 * XLSX needs no such prefix: exceljs writes a string as a string cell (`t="str"` or an inline string) and formulas only
 * where the exporter builds `{ formula }` itself; the tests read every sheet back to check that.
 */
export function neutraliseFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}
