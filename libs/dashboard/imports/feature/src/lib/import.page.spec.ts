import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ImportAnswer, ImportProjectView, ImportResult, ImportsApi } from '@masswerk/dashboard/imports/data-access';
import { Permission } from '@masswerk/dashboard/shared/data-access';
import { of } from 'rxjs';
import { ImportPage } from './import.page';

const project = (viewerPermissions: Permission[]): ImportProjectView => ({
  id: 'p1',
  code: 'EIF',
  name: 'Eifelkreis',
  viewerPermissions,
});

function aResult(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    dryRun: true,
    applied: false,
    format: 'xlsx',
    summary: { created: 0, changed: 1, unchanged: 1, conflicts: 0, refused: 0 },
    rows: [
      { sheet: 'Maßnahmen', row: 2, code: 'EIF-M01', title: 'Alt', outcome: 'UNCHANGED', changes: [], errors: [] },
      {
        sheet: 'Maßnahmen',
        row: 3,
        code: 'EIF-M02',
        title: 'Neuer Titel',
        outcome: 'CHANGED',
        changes: [{ column: 'Titel', before: 'Alter Titel', after: 'Neuer Titel' }],
        errors: [],
      },
    ],
    ...overrides,
  };
}

async function render(permissions: Permission[], answers: ImportAnswer[], confirmed = true) {
  const upload = jest.fn(() => of(answers.shift() as ImportAnswer));
  const api = { project: jest.fn(() => of(project(permissions))), upload };
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(confirmed) })) };
  await TestBed.configureTestingModule({
    imports: [
      ImportPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'imports/de': {} },
        translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
      }),
    ],
    providers: [provideRouter([]), { provide: ImportsApi, useValue: api }, { provide: MatDialog, useValue: dialog }],
  }).compileComponents();
  const fixture = TestBed.createComponent(ImportPage);
  fixture.componentRef.setInput('code', 'EIF');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  };
  const $ = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const choose = async (name: string) => {
    const input = $('import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['PK'], name)], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  await settle();
  return { element, $, choose, settle, upload, dialog };
}

describe('ImportPage', () => {
  it('gives those who may not change the plan no form', async () => {
    const { $ } = await render(['READ_PROJECT', 'EXPORT_REPORTS'], []);
    expect($('import-no-permission')?.textContent).toContain('imports.noPermission');
    expect($('import-file')).toBeNull();
  });

  it('checks the file, shows the changed row only, moves the focus to the result and then applies it', async () => {
    const applied = aResult({ dryRun: false, applied: true });
    const { $, element, choose, settle, upload, dialog } = await render(
      ['READ_PROJECT', 'EDIT_PLAN'],
      [
        { kind: 'result', result: aResult() },
        { kind: 'result', result: applied },
      ],
    );
    expect(($('import-check') as HTMLButtonElement).disabled).toBe(true);
    await choose('Maßnahmen_EIF.xlsx');
    $('import-check')?.click();
    await settle();

    expect(upload).toHaveBeenCalledWith('EIF', expect.any(File), true);
    expect($('import-count-CHANGED')?.textContent).toContain('1');
    const rows = element.querySelectorAll('[data-testid="import-rows"] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Alter Titel');
    expect(rows[0].textContent).toContain('Neuer Titel');
    expect(document.activeElement?.id).toBe('import-result');
    expect($('import-announcement')?.textContent).toContain('imports.checked');

    const apply = $('import-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(false);
    apply.click();
    await settle();
    await settle();
    expect(dialog.open).toHaveBeenCalled();
    expect(upload).toHaveBeenLastCalledWith('EIF', expect.any(File), false);
    expect($('import-applied')?.textContent).toContain('imports.applied');
    expect($('import-apply')).toBeNull();
  });

  it('does not offer to apply a file with refused rows', async () => {
    const refused = aResult({
      summary: { created: 0, changed: 1, unchanged: 0, conflicts: 0, refused: 1 },
      rows: [
        {
          sheet: 'Maßnahmen',
          row: 5,
          code: null,
          title: 'Neu',
          outcome: 'REFUSED',
          changes: [],
          errors: [{ column: 'Laufzeit Ende (geplant)', code: 'IMPORT_INVALID_DATE', message: 'Zeile 5: kein Datum.' }],
        },
      ],
    });
    const { $, choose, settle } = await render(['EDIT_PLAN'], [{ kind: 'result', result: refused }]);
    await choose('agenda.csv');
    $('import-check')?.click();
    await settle();
    expect($('import-row-errors')?.textContent).toContain('Zeile 5: kein Datum.');
    expect(($('import-apply') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a refused file in an alert with its own words and the server message, and takes the focus there', async () => {
    const { $, choose, settle } = await render(
      ['EDIT_PLAN'],
      [{ kind: 'refused', refusal: { code: 'IMPORT_TOO_LARGE', detail: 'Größer als 5 MB.', status: 413 } }],
    );
    await choose('riesig.xlsx');
    $('import-check')?.click();
    await settle();
    const alert = $('import-file-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('imports.fileError.IMPORT_TOO_LARGE');
    expect(alert?.textContent).toContain('imports.fileError.detail');
    expect(document.activeElement).toBe(alert);
    expect($('import-result')).toBeNull();
  });
});
