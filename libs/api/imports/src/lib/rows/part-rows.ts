import { Cents, IsoDate, MEASURE_CODE_PATTERN } from '@masswerk/shared/domain';
import { COST_PLAN_COLUMNS, MILESTONE_COLUMNS, ProjectLookups } from '@masswerk/api/reporting';
import { CellErrorCode } from '../import.errors';
import type { Sheet } from '../parsing/import-file';
import { normalName } from '../parsing/german-values';
import { RowCells, RowIssue } from './cells';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MilestoneRowInput {
  row: number;
  code: string | null;
  id: string | null;
  token: string | null;
  title?: string;
  baselineDate?: IsoDate;
  forecastDate?: IsoDate | null;
  completedOn?: IsoDate | null;
  weight?: number;
  issues: RowIssue[];
}

export interface CostRowInput {
  row: number;
  code: string | null;
  token: string | null;
  year?: number;
  category?: { id: string; name: string; active: boolean };
  planned?: Cents;
  issues: RowIssue[];
}

function measureCode(cells: RowCells, column: string, projectCode: string): string | null {
  const value = cells.required(column);
  if (value === undefined) return null;
  const code = value.toUpperCase();
  if (!MEASURE_CODE_PATTERN.test(code) || !code.startsWith(`${projectCode}-M`)) {
    cells.refuse(
      column,
      CellErrorCode.UNKNOWN_MEASURE,
      `„${value}“ ist keine Kennung einer Maßnahme dieses Modellprojekts.`,
    );
    return null;
  }
  return code;
}

/** Reads the milestone sheet: one milestone per row, matched by its id, new without one. */
export function readMilestoneRows(sheet: Sheet, projectCode: string): MilestoneRowInput[] {
  const present = new Set(sheet.columns);
  const seen = new Map<string, number>();
  const C = MILESTONE_COLUMNS;
  return sheet.rows.map((source) => {
    const cells = new RowCells(source, present);
    const code = measureCode(cells, C.code, projectCode);
    const idText = cells.has(C.id) ? cells.text(C.id) : '';
    let id: string | null = null;
    if (idText) {
      if (!UUID.test(idText))
        cells.refuse(
          C.id,
          CellErrorCode.UNKNOWN_MILESTONE,
          `„${idText}“ ist keine Meilenstein-ID; für einen neuen Meilenstein bleibt die Zelle leer.`,
        );
      else if (seen.has(idText.toLowerCase()))
        cells.refuse(
          C.id,
          CellErrorCode.DUPLICATE,
          `Der Meilenstein steht schon in Zeile ${seen.get(idText.toLowerCase())}.`,
        );
      else {
        id = idText.toLowerCase();
        seen.set(id, source.row);
      }
    }
    const title = cells.has(C.title) ? cells.required(C.title)?.trim() : undefined;
    const baselineDate = cells.has(C.baselineDate) ? cells.date(C.baselineDate) : undefined;
    if (cells.has(C.baselineDate) && baselineDate === null)
      cells.refuse(C.baselineDate, CellErrorCode.REQUIRED, 'Die Angabe fehlt (Pflichtfeld).');
    const weight = cells.has(C.weight) ? cells.wholeNumber(C.weight, 0, 100) : undefined;
    return {
      row: source.row,
      code,
      id,
      token: cells.has(C.version) ? cells.text(C.version) || null : null,
      title,
      baselineDate: baselineDate ?? undefined,
      forecastDate: cells.has(C.forecastDate) ? cells.date(C.forecastDate) : undefined,
      completedOn: cells.has(C.completedOn) ? cells.date(C.completedOn) : undefined,
      weight: weight === null ? 1 : weight,
      issues: cells.issues,
    };
  });
}

/** Reads the cost-plan sheet: one cell of the plan (measure × year × cost category) per row. */
export function readCostRows(sheet: Sheet, projectCode: string, lookups: ProjectLookups): CostRowInput[] {
  const present = new Set(sheet.columns);
  const seen = new Map<string, number>();
  const C = COST_PLAN_COLUMNS;
  return sheet.rows.map((source) => {
    const cells = new RowCells(source, present);
    const code = measureCode(cells, C.code, projectCode);
    const year = cells.wholeNumber(C.year, 2015, 2040);
    if (year === null) cells.refuse(C.year, CellErrorCode.REQUIRED, 'Die Angabe fehlt (Pflichtfeld).');
    const categoryText = cells.required(C.category);
    let category: CostRowInput['category'];
    if (categoryText) {
      category = lookups.costCategories.find(
        (c) => normalName(c.name) === normalName(categoryText) || c.code === categoryText.trim().toUpperCase(),
      );
      if (!category)
        cells.refuse(
          C.category,
          CellErrorCode.UNKNOWN_COST_CATEGORY,
          `„${categoryText}“ ist keine Kostenart (siehe Blatt „Werte“).`,
        );
    }
    const planned = cells.amount(C.planned);
    if (planned !== undefined && planned !== null && planned < 0n)
      cells.refuse(C.planned, CellErrorCode.INVALID_AMOUNT, 'Ein Planwert kann nicht negativ sein.');
    if (code && year && category) {
      const key = `${code}|${year}|${category.id}`;
      if (seen.has(key))
        cells.refuse(
          null,
          CellErrorCode.DUPLICATE,
          `Derselbe Planwert (${code}, ${year}, ${category.name}) steht schon in Zeile ${seen.get(key)}.`,
        );
      else seen.set(key, source.row);
    }
    return {
      row: source.row,
      code,
      token: cells.has(C.version) ? cells.text(C.version) || null : null,
      year: year ?? undefined,
      category,
      planned: planned ?? 0n,
      issues: cells.issues,
    };
  });
}
