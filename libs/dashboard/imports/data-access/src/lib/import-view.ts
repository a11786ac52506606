import { ImportChange, ImportOutcome, ImportResult, ImportRowError, ImportSummary } from './import-answer';

/** A row of the result table: one row of the file with what the import does with it. */
export interface ImportViewRow {
  /** Unique in the result: sheet and row. */
  key: string;
  sheet: string;
  row: number;
  code: string | null;
  title: string;
  outcome: ImportOutcome;
  /** Something to look at: a change, a conflict, a refusal, or a message. */
  notable: boolean;
  changes: ImportChange[];
  errors: ImportRowError[];
}

/** A count of the summary, by outcome, in the order the page shows them. */
export interface ImportCount {
  outcome: ImportOutcome;
  count: number;
}

const SUMMARY_FIELD: Record<ImportOutcome, keyof ImportSummary> = {
  NEW: 'created',
  CHANGED: 'changed',
  UNCHANGED: 'unchanged',
  CONFLICT: 'conflicts',
  REFUSED: 'refused',
};

/** The counts of the summary, one per outcome (zeros included: "0 abgelehnt" is news too). */
export function importCounts(summary: ImportSummary): ImportCount[] {
  return (Object.keys(SUMMARY_FIELD) as ImportOutcome[]).map((outcome) => ({
    outcome,
    count: summary[SUMMARY_FIELD[outcome]] ?? 0,
  }));
}

function isNotable(outcome: ImportOutcome, changes: ImportChange[], errors: ImportRowError[]): boolean {
  return outcome !== 'UNCHANGED' || changes.length > 0 || errors.length > 0;
}

/**
 * The rows of an answer as the table shows them, in the order of the file (sheet by sheet, as the server listed
 * them, then by row); with `onlyNotable`, the unchanged rows are left out, which after exporting and editing a few
 * cells are nearly all of them.
 */
export function importViewRows(result: ImportResult, onlyNotable: boolean): ImportViewRow[] {
  const sheets: string[] = [];
  for (const r of result.rows) if (!sheets.includes(r.sheet)) sheets.push(r.sheet);
  return result.rows
    .map((r) => {
      const changes = r.changes ?? [];
      const errors = r.errors ?? [];
      return {
        key: `${r.sheet}:${r.row}`,
        sheet: r.sheet,
        row: r.row,
        code: r.code,
        title: r.title,
        outcome: r.outcome,
        notable: isNotable(r.outcome, changes, errors),
        changes,
        errors,
      };
    })
    .filter((r) => !onlyNotable || r.notable)
    .sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row);
}

/** How many rows the filter leaves out. */
export function hiddenRowCount(result: ImportResult, onlyNotable: boolean): number {
  return onlyNotable ? result.rows.length - importViewRows(result, true).length : 0;
}

/** Rows the application would write: new and changed ones (conflicts never are). */
export function rowsToApply(summary: ImportSummary): number {
  return summary.created + summary.changed;
}

/**
 * Whether "Übernehmen" may be offered: after a dry run in which no row was refused (the application would write
 * nothing then) and something would change.
 */
export function canApply(result: ImportResult | null): boolean {
  return !!result && result.dryRun && result.summary.refused === 0 && rowsToApply(result.summary) > 0;
}
