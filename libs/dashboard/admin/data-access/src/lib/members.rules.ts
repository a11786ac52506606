import type { InviteProjectMemberInput, Role, UpdateMembershipInput } from '@masswerk/dashboard/shared/data-access';
import type { AdminProjectView, MemberView } from './admin.api';
import { trimmed } from './form-text';

// The members tab: inviting people, changing their roles, disabling accounts.

/** Only people responsible for measures answer for a municipality (the API refuses one for other roles). */
export function needsUnit(role: Role | string): boolean {
  return role === 'EDITOR';
}

/** The municipalities an editor can answer for (and a measure can be led by): the lead body, then the members. */
export function projectUnits(project: Pick<AdminProjectView, 'leadUnit' | 'members'>): { id: string; name: string }[] {
  return [project.leadUnit, ...project.members.filter((u) => u.id !== project.leadUnit.id)];
}

export interface NewMemberValues {
  email: string;
  displayName: string;
  role: Role;
  territorialUnitId: string;
}

/** An invitation; the name goes along only when given (it is how the mail addresses the person). */
export function inviteMemberInput(modelProjectId: string, v: NewMemberValues): InviteProjectMemberInput {
  const input: InviteProjectMemberInput = { modelProjectId, email: trimmed(v.email).toLowerCase(), role: v.role };
  if (trimmed(v.displayName)) input.displayName = trimmed(v.displayName);
  if (needsUnit(v.role) && v.territorialUnitId) input.territorialUnitId = v.territorialUnitId;
  return input;
}

/** Invitations that can still be answered, resent or withdrawn. */
export function isOpenInvitation(invitation: { status: string }): boolean {
  return invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
}

export interface MembershipValues {
  role: Role;
  territorialUnitId: string;
}

/**
 * The change of a membership, or null when nothing changed. A role other than EDITOR always clears the
 * municipality: the API would otherwise keep the editor's municipality and refuse the new role.
 */
export function membershipUpdate(member: MemberView, v: MembershipValues): UpdateMembershipInput | null {
  const unitId = needsUnit(v.role) ? v.territorialUnitId || null : null;
  if (v.role === member.role && unitId === (member.territorialUnit?.id ?? null)) return null;
  return { id: member.id, version: member.version, role: v.role, territorialUnitId: unitId };
}

/** Whether the member is the project's only administrator (the API refuses to remove or demote them). */
export function isLastAdmin(member: MemberView, members: readonly MemberView[]): boolean {
  return member.role === 'ADMIN' && members.filter((m) => m.role === 'ADMIN').length <= 1;
}

/** Only platform administrators disable accounts, and never their own. */
export function canToggleDisabled(
  viewer: { id: string; isPlatformAdmin: boolean } | null,
  member: Pick<MemberView, 'user'>,
): boolean {
  return !!viewer?.isPlatformAdmin && viewer.id !== member.user.id;
}
