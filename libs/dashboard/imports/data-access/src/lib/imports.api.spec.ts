import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ImportResult } from './import-answer';
import { ImportsApi, measureTemplateUrl, measureWorkbookUrl } from './imports.api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(ImportsApi), http: TestBed.inject(HttpTestingController) };
}

const dryRun: ImportResult = {
  dryRun: true,
  applied: false,
  format: 'xlsx',
  summary: { created: 0, changed: 1, unchanged: 3, conflicts: 0, refused: 0 },
  rows: [],
};

describe('ImportsApi.upload', () => {
  it('posts the file as the body with the type its name gives, and reads the dry run', async () => {
    const { api, http } = setup();
    const file = new File(['PK'], 'Maßnahmen_EIF.xlsx', { type: '' });
    const answer = firstValueFrom(api.upload('EIF', file, true));
    const request = http.expectOne((r) => r.url === '/api/imports/projects/EIF/measures');
    expect(request.request.method).toBe('POST');
    expect(request.request.params.get('dryRun')).toBe('true');
    expect(request.request.headers.get('Content-Type')).toBe(XLSX);
    expect(request.request.body).toBe(file);
    request.flush(dryRun);
    expect(await answer).toEqual({ kind: 'result', result: dryRun });
    http.verify();
  });

  it('reads a refused application (422 with rows) as a result and a refused file as a refusal', async () => {
    const { api, http } = setup();
    const file = new File(['a;b'], 'agenda.csv', { type: 'application/vnd.ms-excel' });
    const applied = firstValueFrom(api.upload('EIF', file, false));
    const first = http.expectOne((r) => r.params.get('dryRun') === 'false');
    expect(first.request.headers.get('Content-Type')).toBe('text/csv');
    const notApplied = { ...dryRun, dryRun: false, summary: { ...dryRun.summary, refused: 1 } };
    first.flush(notApplied, { status: 422, statusText: 'Unprocessable Entity' });
    expect(await applied).toEqual({ kind: 'result', result: notApplied });

    const refused = firstValueFrom(api.upload('EIF', file, true));
    http
      .expectOne(() => true)
      .flush(
        { code: 'IMPORT_TOO_LARGE', message: 'Die Datei ist größer als 5 MB.' },
        { status: 413, statusText: 'Payload Too Large' },
      );
    expect(await refused).toEqual({
      kind: 'refused',
      refusal: { code: 'IMPORT_TOO_LARGE', detail: 'Die Datei ist größer als 5 MB.', status: 413 },
    });
    http.verify();
  });
});

describe('download addresses', () => {
  it('name the workbook export and the template of the project', () => {
    expect(measureWorkbookUrl('EIF')).toBe('/api/exports/projects/EIF/measures.xlsx');
    expect(measureTemplateUrl('A B')).toBe('/api/imports/projects/A%20B/measures-template.xlsx');
  });
});
