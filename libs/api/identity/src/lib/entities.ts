import { Column, Entity } from 'typeorm';
import { CreatedRecord, ProjectRecord, VersionedRecord } from '@masswerk/api/core';
import { Language, Role } from '@masswerk/shared/domain';

@Entity('app_user')
export class UserEntity extends VersionedRecord {
  @Column() email!: string;
  @Column() displayName!: string;
  @Column({ select: false }) passwordHash!: string;
  @Column() isPlatformAdmin!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastSignInAt!: Date | null;
  @Column() isDemo!: boolean;
  /** What Maßwerk writes to the person in (reminders, digests); the dashboard's choice when they are signed in. */
  @Column({ type: 'text' }) language!: Language;
}

@Entity('membership')
export class MembershipEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ type: 'uuid', nullable: true }) territorialUnitId!: string | null;
}

@Entity('user_session')
export class SessionEntity extends CreatedRecord {
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'bytea' }) tokenHash!: Buffer;
  @Column() csrfToken!: string;
  @Column({ type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
}

@Entity('api_token')
export class ApiTokenEntity extends CreatedRecord {
  @Column({ type: 'uuid' }) userId!: string;
  @Column() name!: string;
  @Column({ type: 'bytea', select: false }) tokenHash!: Buffer;
  @Column() tokenPrefix!: string;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ type: 'date', nullable: true }) expiresOn!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}

/** A one-time link to set a new password (decision 0048); only the hash of its secret is kept. */
@Entity('password_reset')
export class PasswordResetEntity extends CreatedRecord {
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'bytea', select: false }) tokenHash!: Buffer;
  @Column({ type: 'uuid', nullable: true }) requestedBy!: string | null;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
}
