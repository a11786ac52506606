import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { APP_CONFIG, DomainError, ErrorReason } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { SessionEntity, UserEntity } from './entities';
import { ChangePasswordInput, SignInInput } from './dtos/identity.inputs';
import { LoginRateLimiter } from './login-rate-limiter';
import { dummyPasswordHash, hashPassword, hashToken, newSecret, verifyPassword } from './secrets';

export interface NewSession {
  user: UserEntity;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

const WRONG_CREDENTIALS = 'E-Mail-Adresse oder Passwort ist falsch.';

/** Sign-in with e-mail and password (argon2id), sessions in the database, password changes. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async signIn({ email, password }: SignInInput, address: string): Promise<NewSession> {
    const normalized = email.trim().toLowerCase();
    const attempt = await this.limiter.begin(normalized, address);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalized })
      .getOne();
    // Same work and same answer whether the account exists, is disabled, or the password is wrong.
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !valid || user.disabledAt)
      throw DomainError.unauthenticated(WRONG_CREDENTIALS, ErrorReason.WRONG_CREDENTIALS);
    await this.limiter.succeeded(attempt);
    return this.startSession(user);
  }

  /** A new session for a user whose identity was just proven (a password, an accepted invitation). */
  async startSession(user: UserEntity): Promise<NewSession> {
    const sessionToken = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(Date.now() + this.config.sessionIdleHours * 3_600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(SessionEntity, {
        userId: user.id,
        tokenHash: hashToken(sessionToken),
        csrfToken,
        expiresAt,
        lastSeenAt: new Date(),
      });
      await manager.update(UserEntity, { id: user.id }, { lastSignInAt: new Date() });
      await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND expires_at < now()`, [user.id]);
    });
    return { user, sessionToken, csrfToken, expiresAt };
  }

  async signOut(sessionId: string | null): Promise<void> {
    if (sessionId) await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }

  async changePassword(actor: Actor, input: ChangePasswordInput, keepSessionId: string | null): Promise<void> {
    if (!actor.userId) throw DomainError.unauthenticated();
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: actor.userId })
        .getOneOrFail();
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw DomainError.badInput('input.currentPassword', 'Das bisherige Passwort ist falsch.');
      }
      if (input.newPassword === input.currentPassword) {
        throw DomainError.badInput('input.newPassword', 'Das neue Passwort muss sich vom bisherigen unterscheiden.');
      }
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash: await hashPassword(input.newPassword), version: () => 'version + 1' },
      );
      // Other sessions end: whoever knew the old password is signed out everywhere else.
      await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [
        user.id,
        keepSessionId,
      ]);
      await this.audit.record(manager, actor, {
        entityType: 'User',
        entityId: user.id,
        action: 'UPDATE',
        modelProjectId: null,
        before: { passwordChanged: false },
        after: { passwordChanged: true },
      });
    });
  }
}
