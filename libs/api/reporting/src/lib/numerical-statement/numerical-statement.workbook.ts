import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { basisPointsToPercent, Cents, formatGermanDate, IsoDate, Phase } from '@masswerk/shared/domain';
import type { ExportProject } from '../shared/export-access.service';
import { PHASE_LABEL_DE, periodLabel, ReportPeriod } from '../shared/period';

/** Plan and actual of one cell, with the federal shares summed entry by entry (never recomputed from a total). */
export interface MoneyCells {
  planned: Cents;
  plannedFederal: Cents;
  spent: Cents;
  spentFederal: Cents;
}

export interface SummaryLine extends MoneyCells {
  year: number;
  category: string;
}

export interface StatementLine extends MoneyCells {
  year: number;
  code: string;
  title: string;
  category: string;
}

/** One expenditure of the Belegliste, its federal share rounded on its own (`federal_share`). */
export interface ReceiptLine {
  spentOn: IsoDate;
  /** The receipt number (invoice or booking number) as recorded with the expenditure. */
  documentReference: string;
  description: string;
  category: string;
  code: string;
  title: string;
  /** The file names of the receipts attached to the expenditure (`a.pdf, b.jpg`), empty when none is. */
  documents: string;
  amount: Cents;
  federal: Cents;
}

/**
 * One phase of the Abgleich, by the funding overview's rules (`calledOffCents`, `grantRemainingCents`): the grant,
 * what was called off (submitted or paid, whenever), the federal share of the period's spending, and what is left.
 */
export interface ReconciliationLine {
  phase: Phase;
  commitmentNumber: string | null;
  /** Null without a grant: then there is nothing to reconcile against and the cells stay empty. */
  grant: Cents | null;
  calledOff: Cents;
  spentFederal: Cents;
  remaining: Cents | null;
}

export interface StatementHeader {
  project: ExportProject;
  phase: Phase;
  period: ReportPeriod;
  rateBp: number;
  grant: { commitmentNumber: string; commitmentDate: IsoDate | null } | null;
  today: IsoDate;
}

const MONEY_FORMAT = '#,##0.00 "€"';
const DATE_FORMAT = 'DD.MM.YYYY';
const HEADER_ROW = 4;
const STATEMENT_MONEY = [
  'Plan gesamt',
  'Plan Bundesanteil',
  'Plan Eigenanteil',
  'Ist gesamt',
  'Ist Bundesanteil',
  'Ist Eigenanteil',
  'Differenz Plan − Ist',
];
const MONEY_WIDTH = 17;

interface LabelColumn {
  title: string;
  width: number;
  /** Long text wraps inside its column. */
  wrap?: boolean;
  /** Number format of a date or number column. */
  numFmt?: string;
}

interface SheetLayout {
  /** Leading text, date or number columns. */
  labels: LabelColumn[];
  /** Amount columns after them, in euros, totalled under the table. */
  money: string[];
}

type Label = string | number | Date | null;

const SUMMARY_LAYOUT: SheetLayout = {
  labels: [
    { title: 'Jahr', width: 10 },
    { title: 'Kostenart', width: 34 },
  ],
  money: STATEMENT_MONEY,
};
const YEAR_LAYOUT: SheetLayout = {
  labels: [
    { title: 'Kennung', width: 13 },
    { title: 'Maßnahme', width: 50, wrap: true },
    { title: 'Kostenart', width: 30 },
  ],
  money: STATEMENT_MONEY,
};
const RECEIPT_LAYOUT: SheetLayout = {
  labels: [
    { title: 'Datum', width: 12, numFmt: 'DD.MM.YYYY' },
    { title: 'Belegnummer', width: 18 },
    { title: 'Zahlungsempfänger / Beschreibung', width: 40, wrap: true },
    { title: 'Kostenart', width: 26 },
    { title: 'Kennung', width: 13 },
    { title: 'Maßnahme', width: 40, wrap: true },
    { title: 'Belege (Dateien)', width: 30, wrap: true },
  ],
  money: ['Betrag', 'Bundesanteil', 'Eigenanteil'],
};
const RECONCILIATION_LAYOUT: SheetLayout = {
  labels: [
    { title: 'Phase', width: 28 },
    { title: 'Zusage', width: 30 },
  ],
  money: [
    'Zuwendung',
    'Abgerufen (eingereicht und ausgezahlt)',
    'Bundesanteil der Ausgaben',
    'Differenz Abruf − Bundesanteil',
    'Verbleibende Zuwendung',
  ],
};

const euros = (cents: Cents): number => Number(cents) / 100;
const excelDate = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

/** Excel's header/footer codes start with `&`; a literal ampersand is written twice. */
const headerText = (text: string): string => text.replace(/&/g, '&&');

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function rateLabel(rateBp: number): string {
  return `${basisPointsToPercent(rateBp).toLocaleString('de-DE')} %`;
}

/** The line under the title: everything a funder needs to file the statement, in one row. */
export function statementInfoLine(header: StatementHeader): string {
  const grant = header.grant
    ? `Zusage ${header.grant.commitmentNumber || '(ohne Nummer)'}${
        header.grant.commitmentDate ? ` vom ${formatGermanDate(header.grant.commitmentDate)}` : ''
      }`
    : 'Zusage: noch nicht erfasst';
  return [
    `${header.project.name} (${header.project.code})`,
    PHASE_LABEL_DE[header.phase],
    `Zeitraum: ${periodLabel(header.period)}`,
    grant,
    `Förderquote: ${rateLabel(header.rateBp)}`,
    `Stand: ${formatGermanDate(header.today)}`,
  ].join(' · ');
}

/** Uncompressed sheet data allowed to wait for the zip compressor before the cursor is read further. */
const BACKLOG_BYTES = 2 * 1024 * 1024;

interface Buffered {
  writableLength?: number;
  readableLength?: number;
  /** readable-stream 2 (which archiver uses) has no writableLength/readableLength, only the states. */
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}

interface SheetStreamInternals {
  buffers?: { length: number }[];
  pipes?: Buffered[];
}

const buffered = (s: Buffered): number =>
  (s.writableLength ?? s._writableState?.length ?? 0) + (s.readableLength ?? s._readableState?.length ?? 0);

/**
 * What a sheet has written that the zip compressor has not taken yet. exceljs's streaming writer pushes sheet XML
 * into the compressor without regard to backpressure; its buffers are internal, so this reads them defensively.
 */
function backlog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as { stream?: SheetStreamInternals }).stream;
  const waiting = (stream?.buffers ?? []).reduce((sum, b) => sum + (b.length ?? 0), 0);
  // The sheet is piped into a PassThrough that archiver reads when it compresses the entry: both of its buffers count.
  const piped = (stream?.pipes ?? []).reduce((sum, p) => sum + buffered(p), 0);
  return waiting + piped;
}

/**
 * Waits until the compressor and the HTTP side have caught up, so that a large statement or a slow download never
 * piles up rows in memory: memory stays at a few megabytes however many rows there are.
 */
async function caughtUp(out: Writable, sheet: ExcelJS.Worksheet): Promise<void> {
  while (out.writableNeedDrain || backlog(sheet) > BACKLOG_BYTES) {
    if (out.destroyed) throw new Error('Der Download wurde abgebrochen.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (out.destroyed) throw new Error('Der Download wurde abgebrochen.');
}

class StatementSheet {
  private nextRow = HEADER_ROW + 1;
  private readonly totals: Cents[];

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly layout: SheetLayout,
  ) {
    this.totals = layout.money.map(() => 0n);
  }

  static open(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    title: string,
    layout: SheetLayout,
    header: StatementHeader,
  ): StatementSheet {
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: 'A5' }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&L${headerText(`Zahlenmäßiger Nachweis ${header.project.code} · Phase ${header.phase}`)}&R${headerText(
          `Stand: ${formatGermanDate(header.today)}`,
        )}`,
        oddFooter: `&L${headerText(name)}&CSeite &P von &N&RMaßwerk`,
      },
    });
    sheet.columns = [
      ...layout.labels.map((l) => ({ width: l.width })),
      ...layout.money.map(() => ({ width: MONEY_WIDTH, style: { numFmt: MONEY_FORMAT } })),
    ];

    const titleRow = sheet.getRow(1);
    titleRow.getCell(1).value = title;
    titleRow.getCell(1).font = { bold: true, size: 14 };
    titleRow.height = 22;
    titleRow.commit();

    const info = sheet.getRow(2);
    info.getCell(1).value = statementInfoLine(header);
    info.commit();

    // The same facts as real dates and numbers, for sorting and formulas.
    const facts = sheet.getRow(3);
    const values: [string, Date | number | string, string?][] = [['Stand', excelDate(header.today), DATE_FORMAT]];
    if (header.period.from) values.push(['Zeitraum von', excelDate(header.period.from), DATE_FORMAT]);
    if (header.period.to) values.push(['Zeitraum bis', excelDate(header.period.to), DATE_FORMAT]);
    if (header.grant?.commitmentDate) values.push(['Zusage vom', excelDate(header.grant.commitmentDate), DATE_FORMAT]);
    values.push(['Förderquote', header.rateBp / 10_000, header.rateBp % 100 === 0 ? '0 %' : '0.00 %']);
    values.forEach(([label, value, format], i) => {
      const labelCell = facts.getCell(i * 2 + 1);
      labelCell.value = `${label}:`;
      labelCell.alignment = { horizontal: 'right' };
      labelCell.font = { color: { argb: 'FF555555' } };
      const valueCell = facts.getCell(i * 2 + 2);
      valueCell.value = value;
      valueCell.numFmt = format ?? 'General';
      valueCell.alignment = { horizontal: 'left' };
    });
    facts.commit();

    const head = sheet.getRow(HEADER_ROW);
    [...layout.labels.map((l) => l.title), ...layout.money].forEach((text, i) => {
      const cell = head.getCell(i + 1);
      cell.value = text;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EAF2' } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF4A5A6A' } } };
      cell.alignment = { vertical: 'middle', horizontal: i < layout.labels.length ? 'left' : 'right', wrapText: true };
    });
    head.height = 30;
    head.commit();
    return new StatementSheet(sheet, layout);
  }

  /** Data rows written so far. */
  get rows(): number {
    return this.nextRow - HEADER_ROW - 1;
  }

  /** Waits for the compressor and the client; the writer asks every hundred rows. */
  async caughtUp(out: Writable): Promise<void> {
    await caughtUp(out, this.sheet);
  }

  /**
   * One data row. Text is written as a string cell, never as a formula, whatever it starts with; amounts in cents
   * (null leaves the cell empty, which the totals skip).
   */
  add(labels: Label[], amounts: (Cents | null)[]): void {
    const row = this.sheet.getRow(this.nextRow++);
    labels.forEach((value, i) => {
      const column = this.layout.labels[i];
      const cell = row.getCell(i + 1);
      cell.value = value;
      if (column.numFmt) cell.numFmt = column.numFmt;
      cell.alignment = { vertical: 'top', wrapText: !!column.wrap };
    });
    amounts.forEach((cents, i) => {
      const cell = row.getCell(this.layout.labels.length + i + 1);
      cell.value = cents === null ? null : euros(cents);
      cell.numFmt = MONEY_FORMAT;
      if (cents !== null) this.totals[i] += cents;
    });
    row.commit();
  }

  /**
   * Totals under the table: live `SUBTOTAL(109, …)` formulas, so that a filter in Excel sums only the rows it shows,
   * with the exact sums of all rows as their cached results.
   */
  close(): void {
    const first = HEADER_ROW + 1;
    const last = this.nextRow - 1;
    const labelCount = this.layout.labels.length;
    const lastColumn = columnLetter(labelCount + this.layout.money.length - 1);
    this.sheet.autoFilter = `A${HEADER_ROW}:${lastColumn}${Math.max(last, HEADER_ROW)}`;

    const row = this.sheet.getRow(this.nextRow);
    row.getCell(1).value = 'Summe';
    this.totals.forEach((cents, i) => {
      const column = columnLetter(labelCount + i);
      const cell = row.getCell(labelCount + i + 1);
      const value = euros(cents);
      cell.value =
        last >= first ? { formula: `SUBTOTAL(109,${column}${first}:${column}${last})`, result: value } : value;
      cell.numFmt = MONEY_FORMAT;
    });
    for (let i = 1; i <= labelCount + this.layout.money.length; i++) {
      const cell = row.getCell(i);
      cell.font = { bold: true };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
    }
    row.commit();
    this.sheet.commit();
  }
}

/** The seven amounts of a statement row; own shares are the rest of the total, so every row adds up to the cent. */
function statementAmounts(c: MoneyCells): Cents[] {
  return [
    c.planned,
    c.plannedFederal,
    c.planned - c.plannedFederal,
    c.spent,
    c.spentFederal,
    c.spent - c.spentFederal,
    c.planned - c.spent,
  ];
}

/**
 * Writes the numerical statement as a streamed workbook: the summary sheet (year × cost category), the reconciliation
 * of grant, call-offs and federal share per phase, one sheet per year (measure × cost category) filled from the row
 * cursor, and last the list of receipts from a second cursor. Each row is committed as soon as it is written.
 */
export async function writeStatementWorkbook(
  out: Writable,
  header: StatementHeader,
  summary: SummaryLine[],
  reconciliation: ReconciliationLine[],
  lines: AsyncIterable<StatementLine>,
  receipts: () => AsyncIterable<ReceiptLine>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Maßwerk';
  workbook.title = `Zahlenmäßiger Nachweis ${header.project.code} Phase ${header.phase}`;
  workbook.subject = statementInfoLine(header);
  workbook.created = excelDate(header.today);

  const overview = StatementSheet.open(
    workbook,
    'Übersicht',
    `Zahlenmäßiger Nachweis – ${header.project.name}`,
    SUMMARY_LAYOUT,
    header,
  );
  for (const line of summary) overview.add([line.year, line.category], statementAmounts(line));
  overview.close();

  const balance = StatementSheet.open(
    workbook,
    'Abgleich',
    `Zahlenmäßiger Nachweis – Abgleich von Zuwendung, Mittelabrufen und Bundesanteil – ${header.project.name}`,
    RECONCILIATION_LAYOUT,
    header,
  );
  for (const line of reconciliation) {
    balance.add(
      [PHASE_LABEL_DE[line.phase], line.commitmentNumber ?? 'keine Zusage erfasst'],
      [line.grant, line.calledOff, line.spentFederal, line.calledOff - line.spentFederal, line.remaining],
    );
  }
  balance.close();

  let sheet: StatementSheet | null = null;
  let year: number | null = null;
  for await (const line of lines) {
    if (line.year !== year) {
      sheet?.close();
      year = line.year;
      sheet = StatementSheet.open(
        workbook,
        String(year),
        `Zahlenmäßiger Nachweis ${year} – ${header.project.name}`,
        YEAR_LAYOUT,
        header,
      );
    }
    sheet?.add([line.code, line.title, line.category], statementAmounts(line));
    if (sheet && sheet.rows % 100 === 0) await sheet.caughtUp(out);
  }
  sheet?.close();

  const list = StatementSheet.open(
    workbook,
    'Belegliste',
    `Zahlenmäßiger Nachweis – Belegliste – ${header.project.name}`,
    RECEIPT_LAYOUT,
    header,
  );
  for await (const r of receipts()) {
    list.add(
      [excelDate(r.spentOn), r.documentReference, r.description, r.category, r.code, r.title, r.documents],
      [r.amount, r.federal, r.amount - r.federal],
    );
    if (list.rows % 100 === 0) await list.caughtUp(out);
  }
  list.close();
  await workbook.commit();
}
