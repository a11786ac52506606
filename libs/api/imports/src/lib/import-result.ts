/** What the import did (or, in a dry run, would do) with one row. */
export type RowOutcome = 'NEW' | 'CHANGED' | 'UNCHANGED' | 'CONFLICT' | 'REFUSED';

export interface ImportChange {
  column: string;
  before: string | null;
  after: string | null;
}

export interface ImportRowError {
  column: string | null;
  code: string;
  message: string;
}

export interface ImportRowResult {
  sheet: string;
  row: number;
  code: string | null;
  title: string;
  outcome: RowOutcome;
  changes: ImportChange[];
  errors: ImportRowError[];
}

export interface ImportSummary {
  created: number;
  changed: number;
  unchanged: number;
  conflicts: number;
  refused: number;
}

/** The answer of `POST /api/imports/projects/<CODE>/measures`. */
export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  format: 'xlsx' | 'csv';
  summary: ImportSummary;
  rows: ImportRowResult[];
}

export function summarise(rows: readonly ImportRowResult[]): ImportSummary {
  const count = (outcome: RowOutcome) => rows.filter((r) => r.outcome === outcome).length;
  return {
    created: count('NEW'),
    changed: count('CHANGED'),
    unchanged: count('UNCHANGED'),
    conflicts: count('CONFLICT'),
    refused: count('REFUSED'),
  };
}
