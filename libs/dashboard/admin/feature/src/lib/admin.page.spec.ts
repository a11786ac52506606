import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AdminApi, AdminProjectView } from '@masswerk/dashboard/admin/data-access';
import { ApiError, Permission, SessionStore } from '@masswerk/dashboard/shared/data-access';
import { Observable, of, throwError } from 'rxjs';
import { AdminPage, tabIndexOf } from './admin.page';

const project = (viewerPermissions: Permission[]): AdminProjectView => ({
  id: 'p1',
  code: 'EIF',
  name: 'Eifelkreis',
  version: 1,
  viewerRole: viewerPermissions.includes('MANAGE_USERS') ? 'ADMIN' : 'COUNCIL',
  viewerPermissions,
  budgetaryEmergency: false,
  leadUnit: { id: 'u0', name: 'Eifelkreis Bitburg-Prüm' },
  members: [{ id: 'u1', name: 'VG Prüm' }],
});

async function render(load: () => Observable<AdminProjectView>) {
  const api = { project: jest.fn(load), members: jest.fn(() => of([])), invitations: jest.fn(() => of([])) };
  await TestBed.configureTestingModule({
    imports: [
      AdminPage,
      TranslocoTestingModule.forRoot({
        langs: { de: {}, 'admin/de': {} },
        translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: AdminApi, useValue: api },
      { provide: SessionStore, useValue: { user: signal(null) } },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(AdminPage);
  fixture.componentRef.setInput('code', 'EIF');
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  return { element: fixture.nativeElement as HTMLElement, api };
}

describe('AdminPage', () => {
  it('names its tabs in the address', () => {
    expect(tabIndexOf('strategie')).toBe(3);
    expect(tabIndexOf(null)).toBe(0);
    expect(tabIndexOf('unbekannt')).toBe(0);
  });

  it('tells project members without administration rights that they may not use it', async () => {
    const { element, api } = await render(() => of(project(['READ_PROJECT', 'EXPORT_REPORTS'])));
    expect(element.querySelector('[data-testid="admin-no-permission"]')?.textContent).toContain('admin.noPermission');
    expect(element.querySelector('[data-testid="admin-tabs"]')).toBeNull();
    expect(api.members).not.toHaveBeenCalled();
  });

  it('tells people outside the project the same when the API refuses the project', async () => {
    const { element } = await render(() => throwError(() => new ApiError('FORBIDDEN', 'Keine Berechtigung')));
    expect(element.querySelector('[data-testid="admin-refused"]')?.textContent).toContain('admin.noPermission');
  });

  it('shows the tabs to administrators and opens the members first', async () => {
    const { element, api } = await render(() => of(project(['READ_PROJECT', 'EDIT_PLAN', 'MANAGE_USERS'])));
    expect(element.querySelector('[data-testid="admin-tabs"]')).not.toBeNull();
    expect(element.querySelectorAll('[role="tab"]')).toHaveLength(8);
    expect(api.members).toHaveBeenCalledWith('p1');
  });
});
