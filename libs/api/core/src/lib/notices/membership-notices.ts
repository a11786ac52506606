import type { EntityManager } from 'typeorm';
import type { Actor, Role } from '@masswerk/shared/domain';

/** A membership someone gained, or whose role changed: the membership as it is now. */
export interface MembershipGained {
  membershipId: string;
  /** Its version after the change: each change is noticed once. */
  version: number;
  userId: string;
  modelProjectId: string;
  role: Role;
}

/**
 * Tells people of memberships (decision 0061): the accounts (`api/identity`) call it in the transaction that changes a
 * membership; the notifications (`api/notifications`, which depends on the accounts) provide it. The port lives here
 * so that neither library has to know the other's classes in both directions.
 */
export abstract class MembershipNotices {
  abstract gained(manager: EntityManager, actor: Actor, membership: MembershipGained): Promise<void>;
}
