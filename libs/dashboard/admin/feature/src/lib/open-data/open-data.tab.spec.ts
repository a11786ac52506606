import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AdminApi, AdminProjectView, OpenDataSettingsView } from '@masswerk/dashboard/admin/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { OpenDataTab } from './open-data.tab';

const off: OpenDataSettingsView = { modelProjectId: 'p1', enabled: false, licence: 'DL_DE_BY_2_0', contactEmail: null };

async function render(update: (input: Record<string, unknown>) => Promise<OpenDataSettingsView>) {
  const api = { openDataSettings: jest.fn(async () => off), updateOpenDataSettings: jest.fn(update) };
  const snackBar = { open: jest.fn() };
  await TestBed.configureTestingModule({
    imports: [
      OpenDataTab,
      TranslocoTestingModule.forRoot({
        langs: { de: {} },
        translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
      }),
    ],
    providers: [
      { provide: AdminApi, useValue: api },
      { provide: MatSnackBar, useValue: snackBar },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(OpenDataTab);
  fixture.componentRef.setInput('project', { id: 'p1', code: 'EIF', name: 'EIFELKREIS VERBINDET' } as AdminProjectView);
  await fixture.whenStable();
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const submit = async () => {
    byTestId<HTMLButtonElement>('open-data-save')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { element, api, snackBar, byTestId, submit, fixture };
}

describe('OpenDataTab', () => {
  it('shows open data as off, with the German default licence, and no links until it is saved on', async () => {
    const { byTestId, api } = await render(async () => off);
    expect(api.openDataSettings).toHaveBeenCalledWith('p1');
    expect(byTestId('open-data-off')).not.toBeNull();
    expect(byTestId('open-data-links')).toBeNull();
    expect(byTestId('open-data-licence')?.textContent).toContain('admin.openData.licences.DL_DE_BY_2_0');
  });

  it('switches open data on and then links the catalogue and the project’s downloads', async () => {
    const { byTestId, api, snackBar, submit } = await render(
      async (input) => ({ ...off, ...input }) as OpenDataSettingsView,
    );
    byTestId<HTMLInputElement>('open-data-enabled')?.querySelector('input')?.click();
    await submit();
    expect(api.updateOpenDataSettings).toHaveBeenCalledWith({
      modelProjectId: 'p1',
      enabled: true,
      licence: 'DL_DE_BY_2_0',
      contactEmail: null,
    });
    expect(snackBar.open).toHaveBeenCalledWith('admin.openData.saved', undefined, { duration: 4000 });
    expect(byTestId<HTMLAnchorElement>('open-data-catalog')?.getAttribute('href')).toBe(
      '/api/open-data/catalog.jsonld',
    );
    expect(byTestId<HTMLAnchorElement>('open-data-csv')?.getAttribute('href')).toBe(
      '/api/open-data/projects/EIF/measures.csv',
    );
  });

  it('shows the API’s refusal of an address at the field', async () => {
    const { byTestId, element, submit, fixture } = await render(async () => {
      throw new ApiError('BAD_USER_INPUT', 'Ungültige E-Mail-Adresse.', {
        fields: [{ field: 'input.contactEmail', message: 'Ungültige E-Mail-Adresse.' }],
      });
    });
    const email = byTestId<HTMLInputElement>('open-data-contact') as HTMLInputElement;
    email.value = 'daten@example.org';
    email.dispatchEvent(new Event('input'));
    await submit();
    fixture.detectChanges();
    expect(element.querySelector('mat-error')?.textContent).toContain('Ungültige E-Mail-Adresse.');
  });
});
