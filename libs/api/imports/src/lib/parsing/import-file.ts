import ExcelJS from 'exceljs';
import { IsoDate } from '@masswerk/shared/domain';
import { looksLikeFormula } from '@masswerk/api/reporting';
import { ImportError, ImportErrorCode } from '../import.errors';
import { CsvRecordLimit, CsvSyntaxError, decodeCsv, parseCsv } from './csv-reader';
import { isoDateOfCell } from './german-values';
import { checkZip, ZipRefusal } from './zip-guard';

export type ImportFormat = 'xlsx' | 'csv';

/** One cell as the file holds it. A formula is kept as such (and refused by the row reader). */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: IsoDate }
  | { kind: 'bool'; value: boolean }
  | { kind: 'formula' }
  | { kind: 'invalid' };

export interface SheetRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Map<string, Cell>;
}

export interface Sheet {
  name: string;
  /** The column titles of the header row, trimmed. */
  columns: string[];
  rows: SheetRow[];
}

export interface ImportFile {
  format: ImportFormat;
  sheets: Sheet[];
}

export interface ImportLimits {
  maxBytes: number;
  maxUncompressedBytes: number;
  /** Data rows of the measure sheet. */
  maxMeasureRows: number;
  /** Data rows of the milestone and of the cost-plan sheet, each. */
  maxPartRows: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxMeasureRows: 2_000,
  maxPartRows: 10_000,
};

const EMPTY: Cell = { kind: 'empty' };
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const tooManyRows = (limits: ImportLimits) =>
  new ImportError(
    ImportErrorCode.TOO_MANY_ROWS,
    `Die Datei hat zu viele Zeilen: höchstens ${limits.maxMeasureRows.toLocaleString('de-DE')} Maßnahmen und je ${limits.maxPartRows.toLocaleString('de-DE')} Meilensteine und Planwerte.`,
  );

/**
 * Reads an uploaded file into sheets of cells, checking the limits before the expensive parts: the byte size first,
 * for a workbook the zip container (unpacked sizes, each entry inflated with its declared size as ceiling, rows
 * counted in the sheet XML) before exceljs loads it, for a CSV the record count while parsing.
 */
export async function readImportFile(
  bytes: Buffer,
  format: ImportFormat,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportFile> {
  if (bytes.length > limits.maxBytes)
    throw new ImportError(ImportErrorCode.TOO_LARGE, `Die Datei ist größer als ${mb(limits.maxBytes)}.`);
  if (bytes.length === 0) throw new ImportError(ImportErrorCode.UNREADABLE, 'Die Datei ist leer.');
  return format === 'xlsx' ? readWorkbook(bytes, limits) : readCsvFile(bytes, limits);
}

/** Whether the bytes are a zip container (an XLSX starts like every zip). */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

async function readWorkbook(bytes: Buffer, limits: ImportLimits): Promise<ImportFile> {
  if (!looksLikeZip(bytes))
    throw new ImportError(ImportErrorCode.UNREADABLE, 'Die Datei ist keine Excel-Arbeitsmappe (XLSX).');
  let rows = 0;
  const maxRows = limits.maxMeasureRows + 2 * limits.maxPartRows + 1_000;
  try {
    checkZip(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes, maxEntries: 500 }, (_name, xml) => {
      rows += (xml.match(/<row[\s>]/g) ?? []).length;
      if (rows > maxRows) throw tooManyRows(limits);
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof ZipRefusal)
      throw error.kind === 'too-large'
        ? new ImportError(
            ImportErrorCode.TOO_LARGE,
            `Die Arbeitsmappe ist entpackt größer als ${mb(limits.maxUncompressedBytes)} oder ihre Größenangaben stimmen nicht.`,
          )
        : new ImportError(ImportErrorCode.UNREADABLE, 'Die Arbeitsmappe ist beschädigt und kann nicht gelesen werden.');
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(
      ImportErrorCode.UNREADABLE,
      'Die Arbeitsmappe kann nicht gelesen werden (beschädigtes oder ungültiges XML).',
    );
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => sheets.push(sheetOf(worksheet)));
  if (!sheets.length) throw new ImportError(ImportErrorCode.UNREADABLE, 'Die Arbeitsmappe enthält kein Tabellenblatt.');
  return { format: 'xlsx', sheets };
}

function sheetOf(worksheet: ExcelJS.Worksheet): Sheet {
  const header = worksheet.getRow(1);
  const columns: string[] = [];
  const titleAt = new Map<number, string>();
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    const title = textOf(cell.value).trim();
    if (!title) return;
    columns.push(title);
    titleAt.set(col, title);
  });
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = new Map<string, Cell>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const title = titleAt.get(col);
      if (title) cells.set(title, cellOf(cell.value));
    });
    if ([...cells.values()].some((c) => c.kind !== 'empty')) rows.push({ row: number, cells });
  });
  return { name: worksheet.name.trim(), columns, rows };
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() ? { kind: 'text', text: value } : EMPTY;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) {
    const iso = isoDateOfCell(value);
    return iso.ok ? { kind: 'date', iso: iso.value } : { kind: 'invalid' };
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
    if ('richText' in value) return cellOf(value.richText.map((r) => r.text).join(''));
    if ('text' in value && typeof value.text === 'string') return cellOf(value.text); // hyperlink
    if ('error' in value) return { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

function textOf(value: ExcelJS.CellValue): string {
  const cell = cellOf(value);
  return cell.kind === 'text' ? cell.text : '';
}

/** A CSV carries only the measure sheet; German Excel prefixes text that looks like a formula with `'`. */
function readCsvFile(bytes: Buffer, limits: ImportLimits): ImportFile {
  const { text } = decodeCsv(bytes);
  if (text.includes('\u0000'))
    throw new ImportError(
      ImportErrorCode.UNREADABLE,
      'Die Datei ist keine Textdatei (CSV) und kann nicht gelesen werden.',
    );
  let records: string[][];
  try {
    records = parseCsv(text, undefined, limits.maxMeasureRows + 1);
  } catch (error) {
    if (error instanceof CsvRecordLimit) throw tooManyRows(limits);
    if (error instanceof CsvSyntaxError)
      throw new ImportError(ImportErrorCode.UNREADABLE, `Die CSV-Datei kann nicht gelesen werden: ${error.message}`);
    throw error;
  }
  const [header = [], ...data] = records;
  const columns = header.map((h) => h.trim());
  const rows: SheetRow[] = data.map((record, i) => ({
    row: i + 2,
    cells: new Map(columns.map((title, c) => [title, csvCell(record[c] ?? '')])),
  }));
  return {
    format: 'csv',
    sheets: [
      { name: 'Maßnahmen', columns, rows: rows.filter((r) => [...r.cells.values()].some((c) => c.kind !== 'empty')) },
    ],
  };
}

/** `'=…` is text the CSV export protected (`neutraliseFormula`); a bare `=…` is a formula and refused. */
function csvCell(text: string): Cell {
  if (!text.trim()) return EMPTY;
  if (text.startsWith("'") && looksLikeFormula(text.slice(1))) return { kind: 'text', text: text.slice(1) };
  if (/^[\s\u00a0]*=/.test(text)) return { kind: 'formula' };
  return { kind: 'text', text };
}
