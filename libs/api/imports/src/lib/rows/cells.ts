import { Cents, formatGermanDate, IsoDate } from '@masswerk/shared/domain';
import { CellErrorCode } from '../import.errors';
import type { Cell, SheetRow } from '../parsing/import-file';
import {
  centsOfNumber,
  parseGermanAmount,
  parseGermanDate,
  parseWholeNumber,
  parseYesNo,
} from '../parsing/german-values';

/** A refused cell or row: the column (German title, or null for the whole row), a stable code and a German sentence. */
export interface RowIssue {
  column: string | null;
  code: CellErrorCode | string;
  message: string;
}

/** What a cell showed, for messages: the text, or the date or number the spreadsheet held. */
export function shown(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value).replace('.', ',');
    case 'date':
      return formatGermanDate(cell.iso);
    case 'bool':
      return cell.value ? 'WAHR' : 'FALSCH';
    default:
      return '';
  }
}

/** Typed access to the cells of one row, collecting what is refused in German, naming row and column. */
export class RowCells {
  readonly issues: RowIssue[] = [];

  constructor(
    readonly source: SheetRow,
    private readonly present: ReadonlySet<string>,
  ) {}

  get row(): number {
    return this.source.row;
  }

  /** Whether the file has this column at all (a column left out changes nothing). */
  has(column: string): boolean {
    return this.present.has(column);
  }

  cell(column: string): Cell {
    return this.source.cells.get(column) ?? { kind: 'empty' };
  }

  refuse(column: string | null, code: CellErrorCode | string, what: string): void {
    const where = column ? `Zeile ${this.row}, Spalte „${column}“` : `Zeile ${this.row}`;
    this.issues.push({ column, code, message: `${where}: ${what}` });
  }

  /** Text of a cell (numbers and dates as German text), trimmed; formulas refused. Undefined when refused. */
  text(column: string): string | undefined {
    const cell = this.cell(column);
    if (cell.kind === 'formula') {
      this.refuse(column, CellErrorCode.FORMULA, 'Die Zelle enthält eine Formel; bitte nur Werte eintragen.');
      return undefined;
    }
    if (cell.kind === 'invalid') {
      this.refuse(column, CellErrorCode.INVALID_VALUE, 'Der Wert der Zelle kann nicht gelesen werden.');
      return undefined;
    }
    return shown(cell).replace(/\r\n?/g, '\n');
  }

  required(column: string): string | undefined {
    const text = this.text(column);
    if (text === '') this.refuse(column, CellErrorCode.REQUIRED, 'Die Angabe fehlt (Pflichtfeld).');
    return text || undefined;
  }

  date(column: string): IsoDate | null | undefined {
    const cell = this.cell(column);
    if (cell.kind === 'date') return cell.iso;
    if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value > 0 && cell.value < 100_000) {
      // an Excel serial day number in a cell without date format
      const iso = new Date(Date.UTC(1899, 11, 30) + cell.value * 86_400_000).toISOString().slice(0, 10);
      const parsed = parseGermanDate(iso);
      if (parsed.ok) return parsed.value;
    }
    const text = this.text(column);
    if (text === undefined) return undefined;
    const parsed = cell.kind === 'text' || cell.kind === 'empty' ? parseGermanDate(text) : { ok: false as const };
    if (!parsed.ok) {
      this.refuse(column, CellErrorCode.INVALID_DATE, `„${text}“ ist kein gültiges Datum (TT.MM.JJJJ).`);
      return undefined;
    }
    return parsed.value;
  }

  amount(column: string): Cents | null | undefined {
    const cell = this.cell(column);
    if (cell.kind === 'number') {
      const cents = centsOfNumber(cell.value);
      if (cents.ok) return cents.value;
      this.refuse(
        column,
        CellErrorCode.INVALID_AMOUNT,
        `„${shown(cell)}“ ist kein gültiger Betrag (höchstens zwei Nachkommastellen).`,
      );
      return undefined;
    }
    const text = this.text(column);
    if (text === undefined) return undefined;
    const parsed = cell.kind === 'text' || cell.kind === 'empty' ? parseGermanAmount(text) : { ok: false as const };
    if (!parsed.ok) {
      this.refuse(column, CellErrorCode.INVALID_AMOUNT, `„${text}“ ist kein gültiger Betrag (z. B. 1.500,50).`);
      return undefined;
    }
    return parsed.value;
  }

  wholeNumber(column: string, min: number, max: number): number | null | undefined {
    const cell = this.cell(column);
    const text = cell.kind === 'number' && Number.isInteger(cell.value) ? String(cell.value) : this.text(column);
    if (text === undefined) return undefined;
    const parsed =
      cell.kind === 'date' || cell.kind === 'bool' ? { ok: false as const } : parseWholeNumber(text, min, max);
    if (!parsed.ok) {
      this.refuse(column, CellErrorCode.INVALID_NUMBER, `„${text}“ ist keine ganze Zahl von ${min} bis ${max}.`);
      return undefined;
    }
    return parsed.value;
  }

  yesNo(column: string): boolean | undefined {
    const cell = this.cell(column);
    if (cell.kind === 'bool') return cell.value;
    const text = this.text(column);
    if (text === undefined) return undefined;
    const parsed = parseYesNo(text);
    if (!parsed.ok) {
      this.refuse(column, CellErrorCode.INVALID_VALUE, `„${text}“ ist weder „ja“ noch „nein“.`);
      return undefined;
    }
    return parsed.value;
  }
}
