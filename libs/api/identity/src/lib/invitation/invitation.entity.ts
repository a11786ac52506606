import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { Role } from '@masswerk/shared/domain';

export type InvitationState = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED';

/** An offer of a role in a project to an e-mail address; a membership exists once the person accepts (0040). */
@Entity('invitation')
export class InvitationEntity extends ProjectRecord {
  /** As the administrator typed it, lower case. */
  @Column({ type: 'text' }) email!: string;
  /** The name the administrator gave, a suggestion for a new account; empty when none. */
  @Column({ type: 'text' }) displayName!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ type: 'uuid', nullable: true }) territorialUnitId!: string | null;
  /** SHA-256 of the secret in the invitation's link; the secret itself is only in the mail. */
  @Column({ type: 'bytea', select: false }) tokenHash!: Buffer;
  @Column({ type: 'uuid', nullable: true }) invitedBy!: string | null;
  @Column({ type: 'text' }) status!: InvitationState;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  /** The account that accepted. */
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
}
