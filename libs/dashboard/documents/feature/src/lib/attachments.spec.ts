import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { Attachments, AttachedDocument } from './attachments';
import { DocumentsApi } from './documents.api';

const RECEIPT: AttachedDocument = {
  id: 'd1',
  fileName: 'Rechnung 4711.pdf',
  sizeBytes: 2_621_440,
  downloadUrl: '/api/documents/d1',
};

async function render(canEdit: boolean, documents: AttachedDocument[] = [RECEIPT]) {
  const api = { upload: jest.fn((): Promise<void> => Promise.resolve()), delete: jest.fn(() => Promise.resolve()) };
  await TestBed.configureTestingModule({
    imports: [
      Attachments,
      TranslocoTestingModule.forRoot({
        langs: {
          de: {
            documents: { attach: 'Datei anhängen', none: 'Keine Dokumente', remove: 'Dokument „{{name}}“ löschen' },
            error: {
              BAD_USER_INPUT: 'Die Eingabe wurde nicht angenommen.',
              reason: { DOCUMENT_TOO_LARGE: 'Die Datei ist zu groß und wurde nicht gespeichert.' },
            },
          },
        },
        translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
        preloadLangs: true,
      }),
    ],
    providers: [{ provide: DocumentsApi, useValue: api }],
  }).compileComponents();
  const fixture = TestBed.createComponent(Attachments);
  fixture.componentRef.setInput('ownerType', 'EXPENDITURE');
  fixture.componentRef.setInput('ownerId', 'e1');
  fixture.componentRef.setInput('label', 'Ausgabe Lizenz');
  fixture.componentRef.setInput('documents', documents);
  fixture.componentRef.setInput('canEdit', canEdit);
  const changed = jest.fn();
  fixture.componentInstance.changed.subscribe(changed);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  /** Picks a file in the file input, as the browser does. */
  const pick = async (file: File) => {
    const input = element.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  return { element, api, pick, changed };
}

describe('Attachments', () => {
  it('lists documents as download links with their size', async () => {
    const { element } = await render(false);
    const link = element.querySelector<HTMLAnchorElement>('a[data-testid="document-link"]');
    expect(link?.getAttribute('href')).toBe('/api/documents/d1');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(element.textContent).toContain('Rechnung 4711.pdf');
    expect(element.textContent).toContain('2,5 MB');
  });

  it('offers neither upload nor delete to readers', async () => {
    const { element } = await render(false);
    expect(element.querySelector('input[type=file]')).toBeNull();
    expect(element.querySelector('[data-testid="document-remove"]')).toBeNull();
  });

  it('labels the file input visibly and uploads the picked file to the record', async () => {
    const { element, api, pick, changed } = await render(true, []);
    const input = element.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    const label = element.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toContain('Datei anhängen');
    const file = new File(['%PDF-1.4'], 'beleg.pdf', { type: 'application/pdf' });
    await pick(file);
    expect(api.upload).toHaveBeenCalledWith('EXPENDITURE', 'e1', file);
    expect(changed).toHaveBeenCalled();
  });

  it('says why an upload was refused, worded by its reason', async () => {
    const { element, api, pick, changed } = await render(true, []);
    api.upload.mockRejectedValueOnce(
      new ApiError('BAD_USER_INPUT', 'Die Datei ist größer als 20 MB.', {
        reason: 'DOCUMENT_TOO_LARGE',
        field: 'file',
      }),
    );
    await pick(new File(['x'], 'gross.pdf'));
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Die Datei ist zu groß und wurde nicht gespeichert.',
    );
    expect(changed).not.toHaveBeenCalled();
  });
});
