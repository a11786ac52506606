import ExcelJS from 'exceljs';
import {
  IsoDate,
  MEASURE_STATUS_LABEL_DE,
  MEASURE_STATUSES,
  moneyToString,
  PHASES,
  TRANSFERABILITIES,
  TRANSFERABILITY_LABEL_DE,
} from '@masswerk/shared/domain';
import { LIST_SEPARATOR, MEASURE_COLUMNS, MeasureRecord } from '../measure-export/measure-record';
import { yesNo } from '../shared/period';
import { listSheet } from '../shared/list-sheet';
import type { MeasureState } from './measure-state';
import { IMPORTABLE_MEASURE_KEYS } from './measure-state';

/** The sheets of the measure workbook, by the names the import looks for. */
export const SHEETS = {
  measures: 'Maßnahmen',
  milestones: 'Meilensteine',
  costPlan: 'Kostenplan',
  values: 'Werte',
  notes: 'Hinweise',
} as const;

/**
 * The goals a measure pursues, by title: a column of the workbook only (the KTS measure database has none), after
 * the export's columns and before the version.
 */
export const GOALS_COLUMN = 'Ziele';

/** The last column of every data sheet: the measure's state token at export time (see `stateToken`). */
export const VERSION_COLUMN = 'Version';

export const MILESTONE_COLUMNS = {
  code: 'Kennung',
  id: 'Meilenstein-ID',
  title: 'Meilenstein',
  baselineDate: 'Plandatum',
  forecastDate: 'Prognose',
  completedOn: 'Erreicht am',
  weight: 'Gewichtung',
  version: VERSION_COLUMN,
} as const;

export const COST_PLAN_COLUMNS = {
  code: 'Kennung',
  year: 'Jahr',
  category: 'Kostenart',
  planned: 'Plan (€)',
  version: VERSION_COLUMN,
} as const;

/** What the "Werte" sheet lists and the import accepts by name. */
export interface WorkbookValues {
  fieldsOfAction: string[];
  goals: string[];
  municipalities: { name: string; ars: string | null }[];
  costCategories: { code: string; name: string }[];
}

const DATE_FORMAT = 'DD.MM.YYYY';
const MONEY_FORMAT = '#,##0.00';
const DATE_KEYS = new Set<keyof MeasureRecord>(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd']);
const IMPORTABLE = new Set<string>(IMPORTABLE_MEASURE_KEYS);

/** What each measure column means, for the "Hinweise" sheet. */
const MEASURE_NOTES: Record<keyof MeasureRecord, string> = {
  title: 'Titel der Maßnahme. Pflichtfeld.',
  identifier:
    'Kennung, z. B. EIF-M07. Leer lassen für eine neue Maßnahme (die Kennung wird vergeben); eine vorhandene Kennung ändert diese Maßnahme.',
  modelProject: 'Nur zur Information, wird beim Import nicht gelesen.',
  fieldsOfAction:
    'Handlungsfelder nach Namen, mehrere durch „ | “ getrennt (siehe Blatt „Werte“). Hat das Modellprojekt noch keine Handlungsfelder (erster Import), werden die genannten angelegt.',
  status: 'Bearbeitungsstand, siehe Blatt „Werte“. Leer bei einer neuen Maßnahme: Idee.',
  spatialEffect: 'Nur zur Information (aus den Kommunen berechnet).',
  municipalities:
    'Kommunen nach Name oder ARS, mehrere durch „ | “ getrennt; die erste ist federführend, die weiteren beteiligt.',
  summary: 'Kurzbeschreibung.',
  plannedStart: 'Datum TT.MM.JJJJ.',
  plannedEnd: 'Datum TT.MM.JJJJ, nicht vor dem geplanten Beginn.',
  actualStart: 'Datum TT.MM.JJJJ.',
  actualEnd: 'Datum TT.MM.JJJJ; setzt einen tatsächlichen Beginn voraus.',
  phase: 'Förderphase A oder B. Pflichtfeld.',
  flagship: 'ja oder nein.',
  openSourceRepository: 'Adresse (https://…) des Quellcodes.',
  licence: 'Lizenz, z. B. EUPL-1.2.',
  documentation: 'Adresse (https://…) der Dokumentation.',
  transferability: 'Übertragbarkeit, siehe Blatt „Werte“.',
  adoptedBy: 'Kommunen, die die Maßnahme übernommen haben, nach Name oder ARS, durch „ | “ getrennt.',
  keywords: 'Schlagwörter, durch „ | “ getrennt.',
  contact: 'Zuständige Stelle, Ansprechperson, E-Mail-Adresse, durch Kommas getrennt.',
  published: 'ja oder nein: in der Wissensdatenbank sichtbar.',
  progress: 'Nur zur Information.',
  health: 'Nur zur Information.',
  freshness: 'Nur zur Information.',
  plannedTotal: 'Nur zur Information (Summe des Kostenplans).',
  spentTotal: 'Nur zur Information (Summe der Ausgaben).',
};

/**
 * The measure workbook: measures in the columns of the measure export plus their version, milestones and cost plan on
 * their own sheets, the allowed values and what each column means. With `template` the data sheets have headers only.
 * Text cells are plain strings: exceljs writes formulas only from `{ formula }` values, never from a string.
 */
export async function measureWorkbook(
  states: readonly MeasureState[],
  values: WorkbookValues,
  options: { template: boolean },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Maßwerk';
  const data = options.template ? [] : states;

  const measures = listSheet(workbook, SHEETS.measures, [
    ...MEASURE_COLUMNS.map((c) => ({
      header: c.title,
      width: c.key === 'summary' ? 60 : c.key === 'title' ? 40 : 18,
      style: DATE_KEYS.has(c.key) ? { numFmt: DATE_FORMAT } : c.key.endsWith('Total') ? { numFmt: MONEY_FORMAT } : {},
    })),
    { header: GOALS_COLUMN, width: 40 },
    { header: VERSION_COLUMN, width: 20 },
  ]);
  for (const state of data) {
    measures.addRow([
      ...MEASURE_COLUMNS.map(({ key }) => measureCell(state.record, key)),
      state.goals.join(LIST_SEPARATOR),
      state.token,
    ]);
  }

  const milestones = listSheet(workbook, SHEETS.milestones, [
    { header: MILESTONE_COLUMNS.code, width: 14 },
    { header: MILESTONE_COLUMNS.id, width: 38 },
    { header: MILESTONE_COLUMNS.title, width: 40 },
    { header: MILESTONE_COLUMNS.baselineDate, width: 14, style: { numFmt: DATE_FORMAT } },
    { header: MILESTONE_COLUMNS.forecastDate, width: 14, style: { numFmt: DATE_FORMAT } },
    { header: MILESTONE_COLUMNS.completedOn, width: 14, style: { numFmt: DATE_FORMAT } },
    { header: MILESTONE_COLUMNS.weight, width: 12 },
    { header: MILESTONE_COLUMNS.version, width: 20 },
  ]);
  for (const state of data)
    for (const m of state.milestones)
      milestones.addRow([
        m.code,
        m.id,
        m.title,
        dateCell(m.baselineDate),
        dateCell(m.forecastDate),
        dateCell(m.completedOn),
        m.weight,
        state.token,
      ]);

  const costPlan = listSheet(workbook, SHEETS.costPlan, [
    { header: COST_PLAN_COLUMNS.code, width: 14 },
    { header: COST_PLAN_COLUMNS.year, width: 8 },
    { header: COST_PLAN_COLUMNS.category, width: 30 },
    { header: COST_PLAN_COLUMNS.planned, width: 16, style: { numFmt: MONEY_FORMAT } },
    { header: COST_PLAN_COLUMNS.version, width: 20 },
  ]);
  for (const state of data)
    for (const c of state.costPlan)
      costPlan.addRow([c.code, c.year, c.categoryName, Number(moneyToString(c.plannedCents)), state.token]);

  const allowed = listSheet(workbook, SHEETS.values, [
    { header: 'Bearbeitungsstand', width: 18 },
    { header: 'Phase', width: 8 },
    { header: 'Übertragbarkeit', width: 16 },
    { header: 'ja/nein', width: 8 },
    { header: 'Handlungsfeld', width: 40 },
    { header: 'Ziel', width: 40 },
    { header: 'Kommune', width: 36 },
    { header: 'ARS', width: 14 },
    { header: 'Kostenart', width: 30 },
  ]);
  const columns: string[][] = [
    MEASURE_STATUSES.map((s) => MEASURE_STATUS_LABEL_DE[s]),
    [...PHASES],
    TRANSFERABILITIES.map((t) => TRANSFERABILITY_LABEL_DE[t]),
    [yesNo(true), yesNo(false)],
    values.fieldsOfAction,
    values.goals,
    values.municipalities.map((m) => m.name),
    values.municipalities.map((m) => m.ars ?? ''),
    values.costCategories.map((c) => c.name),
  ];
  const height = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < height; i++) allowed.addRow(columns.map((c) => c[i] ?? ''));

  const notes = listSheet(workbook, SHEETS.notes, [
    { header: 'Blatt', width: 14 },
    { header: 'Spalte', width: 30 },
    { header: 'Wird importiert', width: 16 },
    { header: 'Bedeutung', width: 100 },
  ]);
  for (const c of MEASURE_COLUMNS)
    notes.addRow([
      SHEETS.measures,
      c.title,
      yesNo(IMPORTABLE.has(c.key) || c.key === 'identifier'),
      MEASURE_NOTES[c.key],
    ]);
  notes.addRow([
    SHEETS.measures,
    GOALS_COLUMN,
    'ja',
    'Ziele nach Titel oder Code, mehrere durch „ | “ getrennt (siehe Blatt „Werte“). Hat das Modellprojekt noch keine Ziele (erster Import), werden die genannten beim ersten Handlungsfeld der Maßnahme angelegt.',
  ]);
  const versionNote =
    'Stand der Maßnahme beim Export; nicht ändern. Hat sich die Maßnahme seither geändert, wird die Zeile als Konflikt gemeldet und nicht übernommen. Leer bei neuen Zeilen.';
  notes.addRow([SHEETS.measures, VERSION_COLUMN, 'nein', versionNote]);
  const milestoneNotes: [string, string][] = [
    [
      MILESTONE_COLUMNS.code,
      'Kennung der Maßnahme (auch einer neuen Maßnahme dieser Datei, wenn sie eine Kennung trägt). Pflichtfeld.',
    ],
    [MILESTONE_COLUMNS.id, 'Leer lassen für einen neuen Meilenstein; sonst nicht ändern.'],
    [MILESTONE_COLUMNS.title, 'Titel des Meilensteins. Pflichtfeld.'],
    [MILESTONE_COLUMNS.baselineDate, 'Ursprünglich geplantes Datum, TT.MM.JJJJ. Pflichtfeld.'],
    [
      MILESTONE_COLUMNS.forecastDate,
      'Erwartetes Datum eines offenen Meilensteins, TT.MM.JJJJ, nicht in der Vergangenheit.',
    ],
    [MILESTONE_COLUMNS.completedOn, 'Datum, an dem der Meilenstein erreicht wurde, TT.MM.JJJJ, nicht in der Zukunft.'],
    [MILESTONE_COLUMNS.weight, 'Gewicht für den Fortschritt, ganze Zahl von 1 bis 100 (leer: 1).'],
    [MILESTONE_COLUMNS.version, versionNote],
  ];
  for (const [column, meaning] of milestoneNotes)
    notes.addRow([SHEETS.milestones, column, yesNo(column !== VERSION_COLUMN), meaning]);
  const costNotes: [string, string][] = [
    [COST_PLAN_COLUMNS.code, 'Kennung der Maßnahme. Pflichtfeld.'],
    [COST_PLAN_COLUMNS.year, 'Haushaltsjahr, z. B. 2026. Pflichtfeld.'],
    [COST_PLAN_COLUMNS.category, 'Kostenart nach Name oder Kürzel, siehe Blatt „Werte“. Pflichtfeld.'],
    [COST_PLAN_COLUMNS.planned, 'Geplanter Betrag in Euro, z. B. 1.500,50; 0 entfernt den Planwert.'],
    [COST_PLAN_COLUMNS.version, versionNote],
  ];
  for (const [column, meaning] of costNotes)
    notes.addRow([SHEETS.costPlan, column, yesNo(column !== VERSION_COLUMN), meaning]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A date as a real date cell (midnight UTC, which Excel shows as that day), so that Excel sorts and edits it. */
function dateCell(date: IsoDate | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

function measureCell(record: MeasureRecord, key: keyof MeasureRecord): ExcelJS.CellValue {
  const value = record[key];
  if (DATE_KEYS.has(key)) return dateCell(value as IsoDate | null);
  if (key === 'plannedTotal' || key === 'spentTotal') return Number(value);
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'boolean') return yesNo(value);
  return value ?? null;
}
