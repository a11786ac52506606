/**
 * The answer of `POST /api/imports/projects/<CODE>/measures` (a REST route, not GraphQL, so its shape is written out
 * here rather than generated).
 */
export type ImportOutcome = 'NEW' | 'CHANGED' | 'UNCHANGED' | 'CONFLICT' | 'REFUSED';

export const IMPORT_OUTCOMES: readonly ImportOutcome[] = ['NEW', 'CHANGED', 'UNCHANGED', 'CONFLICT', 'REFUSED'];

/** One field of a row that the import would change (or changed): the column's title, as in the workbook. */
export interface ImportChange {
  column: string;
  before: string | null;
  after: string | null;
}

/** Why a row is refused; the message is German and names row and column. */
export interface ImportRowError {
  column: string | null;
  code: string;
  message: string;
}

export interface ImportRow {
  sheet: string;
  row: number;
  code: string | null;
  title: string;
  outcome: ImportOutcome;
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

export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  format: 'xlsx' | 'csv';
  summary: ImportSummary;
  rows: ImportRow[];
}

/** The file codes the dashboard has its own words for; any other code is shown as `OTHER`, with the server's message. */
export const IMPORT_FILE_CODES = [
  'IMPORT_TOO_LARGE',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_UNREADABLE',
  'IMPORT_UNSUPPORTED_TYPE',
  'IMPORT_MISSING_COLUMN',
  'IMPORT_NO_FILE',
  'FORBIDDEN',
  'NETWORK',
  'OTHER',
] as const;
export type ImportFileCode = (typeof IMPORT_FILE_CODES)[number];

/** A file refused as a whole (or a request that failed): a code for the dashboard's own text, the server's words. */
export interface ImportRefusal {
  code: ImportFileCode;
  /** The server's German sentence, shown as the detail; empty when there was none. */
  detail: string;
  status: number;
}

/** What a dry run or an application came to: the rows, or the refusal of the whole file. */
export type ImportAnswer = { kind: 'result'; result: ImportResult } | { kind: 'refused'; refusal: ImportRefusal };

function isResult(body: unknown): body is ImportResult {
  if (!body || typeof body !== 'object') return false;
  const b = body as Partial<ImportResult>;
  return typeof b.summary === 'object' && b.summary !== null && Array.isArray(b.rows);
}

function fileCode(code: unknown): ImportFileCode {
  return typeof code === 'string' && (IMPORT_FILE_CODES as readonly string[]).includes(code)
    ? (code as ImportFileCode)
    : 'OTHER';
}

/**
 * Reads an answer of the import route, whatever its status: 200 and 422 with rows are a result (422: nothing was
 * applied, because rows were refused); `{ code, message }` is a refusal of the file; the CSRF check and GraphQL-style
 * errors answer `{ errors: [{ message, extensions: { code } }] }`; no body at all means the server was not reached.
 */
export function importAnswerOf(status: number, body: unknown): ImportAnswer {
  if ((status === 200 || status === 422) && isResult(body)) return { kind: 'result', result: body };
  if (status === 0) return { kind: 'refused', refusal: { code: 'NETWORK', detail: '', status } };
  const b = (body ?? {}) as {
    code?: unknown;
    message?: unknown;
    errors?: { message?: unknown; extensions?: { code?: unknown } }[];
  };
  const first = Array.isArray(b.errors) ? b.errors[0] : undefined;
  const code = b.code ?? first?.extensions?.code ?? (status === 403 ? 'FORBIDDEN' : undefined);
  const message = b.message ?? first?.message;
  return {
    kind: 'refused',
    refusal: { code: fileCode(code), detail: typeof message === 'string' ? message : '', status },
  };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Content-Type to send a file with, by its name: browsers name a CSV differently (`text/csv`,
 * `application/vnd.ms-excel` on Windows, or nothing), and the route decides the parser by the type. Anything else
 * travels with the type the browser gave, and the route says whether it reads it.
 */
export function importContentType(file: { name: string; type: string }): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return 'text/csv';
  return file.type || 'application/octet-stream';
}
