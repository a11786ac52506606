import { Invitation, InvitationStatus } from './dtos/invitation.dto';
import { InvitationEntity } from './invitation.entity';

export function invitationStatus(
  e: Pick<InvitationEntity, 'status' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (e.status === 'PENDING' && new Date(e.expiresAt) <= now) return InvitationStatus.EXPIRED;
  return e.status as InvitationStatus;
}

export function toInvitation(e: InvitationEntity): Invitation {
  return {
    id: e.id,
    email: e.email,
    displayName: e.displayName,
    role: e.role,
    status: invitationStatus(e),
    expiresAt: new Date(e.expiresAt),
    createdAt: new Date(e.createdAt),
    answeredAt: e.answeredAt && new Date(e.answeredAt),
    version: e.version,
    modelProjectId: e.modelProjectId,
    territorialUnitId: e.territorialUnitId,
    invitedBy: e.invitedBy,
  };
}
