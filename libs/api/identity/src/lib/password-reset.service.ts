import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { APP_CONFIG, DomainError, ErrorReason } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService } from '@masswerk/api/audit';
import { MailService } from '@masswerk/api/mail';
import { PasswordResetEntity, UserEntity } from './entities';
import { hashPassword, hashToken, newSecret } from './secrets';

/** How long a reset link works. */
export const PASSWORD_RESET_HOURS = 24;

/**
 * Password resets (decision 0048): a platform administrator sends a one-time link to the account's address (through
 * the outbox); whoever holds the link sets a new password once, and every session of the account ends. The
 * administrator never learns or chooses the password.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async send(actor: Actor, userId: string): Promise<void> {
    this.access.requirePlatformAdmin(actor);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw DomainError.notFound('Benutzer', userId);
      if (user.disabledAt)
        throw DomainError.conflict(
          ErrorReason.NOT_PERMITTED,
          'Das Konto ist gesperrt; entsperren Sie es, bevor Sie einen Link zum Zurücksetzen senden.',
        );
      // a newer link replaces every open one
      await manager.delete(PasswordResetEntity, { userId, usedAt: IsNull() });
      const secret = newSecret();
      const expiresAt = new Date(Date.now() + PASSWORD_RESET_HOURS * 3_600_000);
      const saved = await manager.save(
        manager.create(PasswordResetEntity, {
          userId,
          tokenHash: hashToken(secret),
          requestedBy: actor.userId,
          expiresAt,
          usedAt: null,
        }),
      );
      await this.audit.record(manager, actor, {
        entityType: 'PasswordReset',
        entityId: saved.id,
        action: 'CREATE',
        modelProjectId: null,
        after: { userId, expiresAt },
      });
      const until = expiresAt.toLocaleString('de-DE', { timeZone: this.config.timeZone });
      await this.mail.queue(manager, {
        to: user.email,
        kind: 'PASSWORD_RESET',
        modelProjectId: null,
        subject: 'Neues Passwort für Maßwerk',
        body: [
          `Guten Tag ${user.displayName},`,
          '',
          `${actor.displayName} hat für Ihr Konto bei Maßwerk einen Link zum Setzen eines neuen Passworts geschickt.`,
          `Er gilt einmal, bis ${until}:`,
          `${this.config.publicOrigin}/passwort-zuruecksetzen/${secret}`,
          '',
          'Haben Sie das nicht erwartet, ignorieren Sie diese Nachricht; Ihr bisheriges Passwort gilt weiter.',
        ].join('\n'),
      });
    });
    void this.mail.deliverPending();
  }

  async reset(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const reset = await manager
        .getRepository(PasswordResetEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.tokenHash = :hash', { hash: hashToken(token) })
        .getOne();
      // one answer for a link that never existed, was used, replaced or has expired
      if (!reset || reset.usedAt || reset.expiresAt <= new Date())
        throw DomainError.conflict(
          ErrorReason.EXPIRED,
          'Dieser Link gilt nicht (mehr). Bitten Sie den Plattformbetrieb um einen neuen.',
          { field: 'input.token' },
        );
      const user = await manager.findOneByOrFail(UserEntity, { id: reset.userId });
      if (user.disabledAt)
        throw DomainError.conflict(ErrorReason.NOT_PERMITTED, 'Das Konto ist gesperrt.', { field: 'input.token' });
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash: await hashPassword(password), version: () => 'version + 1' },
      );
      const usedAt = new Date();
      await manager.update(PasswordResetEntity, { id: reset.id }, { usedAt });
      await this.audit.record(manager, Actor.system(), {
        entityType: 'PasswordReset',
        entityId: reset.id,
        action: 'UPDATE',
        modelProjectId: null,
        before: { userId: user.id, usedAt: null },
        after: { userId: user.id, usedAt },
      });
      // whoever knew the old password is signed out everywhere
      await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [user.id]);
      await this.audit.record(manager, Actor.system(), {
        entityType: 'User',
        entityId: user.id,
        action: 'UPDATE',
        modelProjectId: null,
        before: { password: '(bisher)' },
        after: { password: '(neu, über einen Link zum Zurücksetzen)' },
      });
    });
  }
}
