import { ApiTokenEntity, MembershipEntity, UserEntity } from './entities';
import { ApiToken, Membership, User } from './dtos/identity.dto';

export function toUser(e: UserEntity): User {
  return {
    id: e.id,
    email: e.email,
    displayName: e.displayName,
    isPlatformAdmin: e.isPlatformAdmin,
    disabled: e.disabledAt !== null,
    lastSignInAt: e.lastSignInAt,
    language: e.language,
    version: e.version,
  };
}

export function toMembership(e: MembershipEntity): Membership {
  return {
    id: e.id,
    role: e.role,
    version: e.version,
    userId: e.userId,
    modelProjectId: e.modelProjectId,
    territorialUnitId: e.territorialUnitId,
  };
}

export function toApiToken(e: ApiTokenEntity): ApiToken {
  return {
    id: e.id,
    name: e.name,
    prefix: e.tokenPrefix,
    createdAt: e.createdAt,
    lastUsedAt: e.lastUsedAt,
    expiresOn: e.expiresOn,
    revokedAt: e.revokedAt,
  };
}
