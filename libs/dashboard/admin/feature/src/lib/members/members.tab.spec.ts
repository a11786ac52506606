import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AdminApi, AdminProjectView, InvitationView, MemberView } from '@masswerk/dashboard/admin/data-access';
import { ApiError, SessionStore } from '@masswerk/dashboard/shared/data-access';
import { of } from 'rxjs';
import { MembersTab } from './members.tab';

const project: AdminProjectView = {
  id: 'p1',
  code: 'EIF',
  name: 'Eifelkreis',
  version: 1,
  viewerRole: 'ADMIN',
  viewerPermissions: ['MANAGE_USERS'],
  budgetaryEmergency: false,
  leadUnit: { id: 'u0', name: 'Eifelkreis Bitburg-Prüm' },
  members: [{ id: 'u1', name: 'VG Prüm' }],
};

const member = (id: string, role: MemberView['role'], disabled = false): MemberView => ({
  id,
  role,
  version: 2,
  territorialUnit: role === 'EDITOR' ? { id: 'u1', name: 'VG Prüm' } : null,
  user: {
    id: `user-${id}`,
    email: `${id}@example.org`,
    displayName: `Person ${id}`,
    disabled,
    isPlatformAdmin: false,
    lastSignInAt: null,
    version: 2,
  },
});

const invitation = (id: string, status: InvitationView['status']): InvitationView => ({
  id,
  email: `${id}@example.org`,
  displayName: '',
  role: 'COUNCIL',
  status,
  expiresAt: '2026-12-20T10:00:00.000Z',
  createdAt: '2026-12-06T10:00:00.000Z',
  answeredAt: status === 'PENDING' ? null : '2026-12-07T10:00:00.000Z',
  invitedByName: 'Projektbüro',
  version: 1,
  territorialUnit: null,
});

async function render(opts: { platformAdmin?: boolean; confirm?: boolean; remove?: () => Promise<unknown> } = {}) {
  const api = {
    members: jest.fn(() => of([member('a', 'ADMIN'), member('e', 'EDITOR', true)])),
    invitations: jest.fn(() => of([invitation('offen', 'PENDING'), invitation('angenommen', 'ACCEPTED')])),
    resendInvitation: jest.fn(() => Promise.resolve({})),
    revokeInvitation: jest.fn(() => Promise.resolve({})),
    removeMembership: jest.fn(opts.remove ?? (() => Promise.resolve('a'))),
    setUserDisabled: jest.fn(() => Promise.resolve({})),
  };
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(opts.confirm ?? true) })) };
  await TestBed.configureTestingModule({
    imports: [
      MembersTab,
      TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } }),
    ],
    providers: [
      { provide: AdminApi, useValue: api },
      { provide: MatDialog, useValue: dialog },
      {
        provide: SessionStore,
        useValue: { user: signal({ id: 'me', isPlatformAdmin: !!opts.platformAdmin }) },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(MembersTab);
  fixture.componentRef.setInput('project', project);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (row: string, testid: string) => {
    element
      .querySelector<HTMLButtonElement>(`[data-testid="member-${row}@example.org"] [data-testid="${testid}"]`)
      ?.click();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  return { element, api, dialog, click };
}

describe('MembersTab', () => {
  it('lists the members with role, municipality and account state', async () => {
    const { element } = await render();
    const rows = element.querySelectorAll('[data-testid="members-table"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('VG Prüm');
    expect(rows[1].textContent).toContain('admin.members.isDisabled');
    expect(element.querySelector('caption')).not.toBeNull();
    // Only platform administrators disable accounts.
    expect(element.querySelector('[data-testid="toggle-disabled"]')).toBeNull();
  });

  it('lists invitations; open ones can be sent again or withdrawn, answered ones not', async () => {
    const { element, api } = await render();
    const open = element.querySelector('[data-testid="invitation-offen@example.org"]');
    const answered = element.querySelector('[data-testid="invitation-angenommen@example.org"]');
    expect(open?.querySelector('[data-testid="resend-invitation"]')).not.toBeNull();
    expect(answered?.querySelector('[data-testid="resend-invitation"]')).toBeNull();
    expect(answered?.textContent).toContain('admin.members.invitationStatus.ACCEPTED');
    open?.querySelector<HTMLButtonElement>('[data-testid="resend-invitation"]')?.click();
    await new Promise((r) => setTimeout(r));
    expect(api.resendInvitation).toHaveBeenCalledWith('offen', 1);
  });

  it('removes a member after confirmation and says so', async () => {
    const { element, api, click } = await render();
    await click('e', 'remove-member');
    expect(api.removeMembership).toHaveBeenCalledWith('e', 2);
    expect(api.members).toHaveBeenCalledTimes(2);
    expect(element.querySelector('[data-testid="admin-notice"]')?.textContent).toContain('admin.members.removed');
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const { api, click } = await render({ confirm: false });
    await click('e', 'remove-member');
    expect(api.removeMembership).not.toHaveBeenCalled();
  });

  it('shows the API’s reason when it refuses to remove the last administrator', async () => {
    const refusal = 'Das Projekt braucht mindestens eine Administration; ernennen Sie zuerst eine weitere Person.';
    const { element, click } = await render({ remove: () => Promise.reject(new ApiError('CONFLICT', refusal)) });
    await click('a', 'remove-member');
    expect(element.querySelector('[data-testid="admin-notice"]')?.textContent).toContain(refusal);
  });

  it('says that someone else changed the membership and reloads', async () => {
    const stale = new ApiError('CONFLICT', 'veraltet', { reason: 'STALE_VERSION', currentVersion: 3 });
    const { element, api, click } = await render({ remove: () => Promise.reject(stale) });
    await click('e', 'remove-member');
    expect(element.querySelector('[data-testid="admin-notice"]')?.textContent).toContain('admin.stale');
    expect(api.members).toHaveBeenCalledTimes(2);
  });

  it('lets platform administrators re-enable a disabled account', async () => {
    const { api, click } = await render({ platformAdmin: true });
    await click('e', 'toggle-disabled');
    expect(api.setUserDisabled).toHaveBeenCalledWith({ userId: 'user-e', disabled: false, version: 2 });
  });
});
