import { member } from './admin.factories';
import {
  canToggleDisabled,
  inviteMemberInput,
  isLastAdmin,
  isOpenInvitation,
  membershipUpdate,
  projectUnits,
} from './members.rules';

describe('members and roles', () => {
  it('offers the lead body first, then the member municipalities, each once', () => {
    const lead = { id: 'u1', name: 'Eifelkreis' };
    const members = [
      { id: 'u2', name: 'Bitburg' },
      { id: 'u1', name: 'Eifelkreis' },
      { id: 'u3', name: 'Prüm' },
    ];
    expect(projectUnits({ leadUnit: lead, members }).map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('sends the name only when given, and a municipality only for editors', () => {
    expect(
      inviteMemberInput('p1', {
        email: ' Neu@Example.org ',
        displayName: '',
        role: 'COUNCIL',
        territorialUnitId: 'u1',
      }),
    ).toEqual({ modelProjectId: 'p1', email: 'neu@example.org', role: 'COUNCIL' });
    expect(
      inviteMemberInput('p1', {
        email: 'neu@example.org',
        displayName: ' Neue Person ',
        role: 'EDITOR',
        territorialUnitId: 'u1',
      }),
    ).toEqual({
      modelProjectId: 'p1',
      email: 'neu@example.org',
      role: 'EDITOR',
      displayName: 'Neue Person',
      territorialUnitId: 'u1',
    });
  });

  it('lets open and expired invitations be resent or withdrawn, answered ones not', () => {
    expect(
      ['PENDING', 'EXPIRED', 'ACCEPTED', 'DECLINED', 'REVOKED'].filter((status) => isOpenInvitation({ status })),
    ).toEqual(['PENDING', 'EXPIRED']);
  });

  it('clears the municipality when an editor gets another role, and sends nothing when nothing changed', () => {
    expect(membershipUpdate(member(), { role: 'EDITOR', territorialUnitId: 'u1' })).toBeNull();
    expect(membershipUpdate(member(), { role: 'COUNCIL', territorialUnitId: 'u1' })).toEqual({
      id: 'm1',
      version: 4,
      role: 'COUNCIL',
      territorialUnitId: null,
    });
    expect(membershipUpdate(member(), { role: 'EDITOR', territorialUnitId: '' })).toEqual({
      id: 'm1',
      version: 4,
      role: 'EDITOR',
      territorialUnitId: null,
    });
  });

  it('knows the last administrator', () => {
    const admin = member({ id: 'a', role: 'ADMIN', territorialUnit: null });
    expect(isLastAdmin(admin, [admin, member()])).toBe(true);
    expect(isLastAdmin(admin, [admin, member({ id: 'b', role: 'ADMIN' })])).toBe(false);
    expect(isLastAdmin(member(), [member()])).toBe(false);
  });

  it('lets only platform administrators disable accounts, never their own', () => {
    expect(canToggleDisabled({ id: 'x', isPlatformAdmin: true }, member())).toBe(true);
    expect(canToggleDisabled({ id: 'user1', isPlatformAdmin: true }, member())).toBe(false);
    expect(canToggleDisabled({ id: 'x', isPlatformAdmin: false }, member())).toBe(false);
    expect(canToggleDisabled(null, member())).toBe(false);
  });
});
