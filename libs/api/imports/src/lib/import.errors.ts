/** Codes of an import refused as a whole; clients branch on them. */
export enum ImportErrorCode {
  TOO_LARGE = 'IMPORT_TOO_LARGE',
  TOO_MANY_ROWS = 'IMPORT_TOO_MANY_ROWS',
  UNREADABLE = 'IMPORT_UNREADABLE',
  UNSUPPORTED_TYPE = 'IMPORT_UNSUPPORTED_TYPE',
  MISSING_COLUMN = 'IMPORT_MISSING_COLUMN',
  NO_FILE = 'IMPORT_NO_FILE',
}

const STATUS: Record<ImportErrorCode, number> = {
  [ImportErrorCode.TOO_LARGE]: 413,
  [ImportErrorCode.TOO_MANY_ROWS]: 413,
  [ImportErrorCode.UNREADABLE]: 422,
  [ImportErrorCode.UNSUPPORTED_TYPE]: 415,
  [ImportErrorCode.MISSING_COLUMN]: 422,
  [ImportErrorCode.NO_FILE]: 400,
};

/** A file refused as a whole, before any row is looked at: `{ code, message }` with a German message. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }

  get status(): number {
    return STATUS[this.code];
  }

  get body(): { code: ImportErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Codes of a refused cell or row. */
export enum CellErrorCode {
  REQUIRED = 'IMPORT_REQUIRED',
  INVALID_DATE = 'IMPORT_INVALID_DATE',
  INVALID_AMOUNT = 'IMPORT_INVALID_AMOUNT',
  INVALID_NUMBER = 'IMPORT_INVALID_NUMBER',
  INVALID_VALUE = 'IMPORT_INVALID_VALUE',
  FORMULA = 'IMPORT_FORMULA',
  UNKNOWN_STATUS = 'IMPORT_UNKNOWN_STATUS',
  UNKNOWN_MUNICIPALITY = 'IMPORT_UNKNOWN_MUNICIPALITY',
  UNKNOWN_FIELD_OF_ACTION = 'IMPORT_UNKNOWN_FIELD_OF_ACTION',
  UNKNOWN_GOAL = 'IMPORT_UNKNOWN_GOAL',
  UNKNOWN_COST_CATEGORY = 'IMPORT_UNKNOWN_COST_CATEGORY',
  UNKNOWN_MEASURE = 'IMPORT_UNKNOWN_MEASURE',
  UNKNOWN_MILESTONE = 'IMPORT_UNKNOWN_MILESTONE',
  DUPLICATE = 'IMPORT_DUPLICATE',
  /** A rule of the measure, milestone or cost plan refused the change (the message says which). */
  RULE = 'IMPORT_RULE',
}
