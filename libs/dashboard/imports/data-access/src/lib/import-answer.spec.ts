import { importAnswerOf, importContentType, ImportResult } from './import-answer';

const result: ImportResult = {
  dryRun: false,
  applied: false,
  format: 'csv',
  summary: { created: 0, changed: 1, unchanged: 0, conflicts: 0, refused: 1 },
  rows: [],
};

describe('importAnswerOf', () => {
  it('reads a result, also when the application was refused because of refused rows (422)', () => {
    expect(importAnswerOf(200, { ...result, dryRun: true })).toEqual({
      kind: 'result',
      result: { ...result, dryRun: true },
    });
    expect(importAnswerOf(422, result)).toEqual({ kind: 'result', result });
  });

  it('reads a refusal of the whole file with its code and the server message', () => {
    const message = 'Die Datei ist größer als 5 MB.';
    expect(importAnswerOf(413, { code: 'IMPORT_TOO_LARGE', message })).toEqual({
      kind: 'refused',
      refusal: { code: 'IMPORT_TOO_LARGE', detail: message, status: 413 },
    });
    expect(importAnswerOf(422, { code: 'IMPORT_MISSING_COLUMN', message: 'Spalte „Titel“ fehlt.' })).toMatchObject({
      refusal: { code: 'IMPORT_MISSING_COLUMN' },
    });
  });

  it('maps codes it has no words for to OTHER and keeps the message', () => {
    expect(importAnswerOf(400, { code: 'IMPORT_FORMULA', message: 'Formeln sind nicht erlaubt.' })).toEqual({
      kind: 'refused',
      refusal: { code: 'OTHER', detail: 'Formeln sind nicht erlaubt.', status: 400 },
    });
    expect(importAnswerOf(500, 'Internal Server Error')).toMatchObject({ refusal: { code: 'OTHER', detail: '' } });
  });

  it('reads the CSRF refusal and a bare 403 as FORBIDDEN, and no answer at all as NETWORK', () => {
    const csrf = {
      errors: [{ message: 'Sicherheitsprüfung fehlgeschlagen (CSRF).', extensions: { code: 'FORBIDDEN' } }],
    };
    expect(importAnswerOf(403, csrf)).toMatchObject({
      refusal: { code: 'FORBIDDEN', detail: 'Sicherheitsprüfung fehlgeschlagen (CSRF).' },
    });
    expect(importAnswerOf(403, null)).toMatchObject({ refusal: { code: 'FORBIDDEN' } });
    expect(importAnswerOf(0, null)).toMatchObject({ refusal: { code: 'NETWORK' } });
  });
});

describe('importContentType', () => {
  it('names the type by the file name, whatever the browser says', () => {
    expect(importContentType({ name: 'Maßnahmen_EIF.XLSX', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(importContentType({ name: 'agenda.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(importContentType({ name: 'agenda.ods', type: 'application/vnd.oasis.opendocument.spreadsheet' })).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
    expect(importContentType({ name: 'agenda', type: '' })).toBe('application/octet-stream');
  });
});
