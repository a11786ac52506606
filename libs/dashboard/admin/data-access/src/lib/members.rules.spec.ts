import { member } from './admin.factories';
import { addMemberInput, canToggleDisabled, isLastAdmin, membershipUpdate } from './members.rules';

describe('members and roles', () => {
  it('sends name and password only when given, and a municipality only for editors', () => {
    expect(
      addMemberInput('p1', {
        email: ' Neu@Example.org ',
        displayName: '',
        initialPassword: '',
        role: 'COUNCIL',
        territorialUnitId: 'u1',
      }),
    ).toEqual({ modelProjectId: 'p1', email: 'neu@example.org', role: 'COUNCIL' });
    expect(
      addMemberInput('p1', {
        email: 'neu@example.org',
        displayName: ' Neue Person ',
        initialPassword: 'Geheim-12345',
        role: 'EDITOR',
        territorialUnitId: 'u1',
      }),
    ).toEqual({
      modelProjectId: 'p1',
      email: 'neu@example.org',
      role: 'EDITOR',
      displayName: 'Neue Person',
      initialPassword: 'Geheim-12345',
      territorialUnitId: 'u1',
    });
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
