import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Permission, ROLE_LABEL_DE } from '@masswerk/shared/domain';
import { APP_CONFIG, DomainError, ErrorReason, lockById, MembershipNotices, updateVersioned } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService } from '@masswerk/api/audit';
import { MailService } from '@masswerk/api/mail';
import { MembershipEntity, UserEntity } from '../entities';
import { hashPassword, hashToken, newSecret } from '../secrets';
import { membershipGained, UserService } from '../user.service';
import { AcceptInvitationWithNewAccountInput, InviteProjectMemberInput } from './dtos/invitation.inputs';
import { InvitationEntity } from './invitation.entity';

/** How long a link stays valid. */
export const INVITATION_DAYS = 14;
const LABEL = 'Einladung';

/** Open (pending, not expired) invitations only may be answered. */
function assertOpen(invitation: InvitationEntity, now = new Date()): void {
  if (invitation.status !== 'PENDING')
    throw DomainError.conflict(
      ErrorReason.ALREADY_EXISTS,
      'Die Einladung wurde bereits beantwortet oder zurückgezogen.',
    );
  if (invitation.expiresAt <= now)
    throw DomainError.conflict(
      ErrorReason.EXPIRED,
      'Die Einladung ist abgelaufen. Bitten Sie das Projektbüro, sie erneut zu senden.',
    );
}

/**
 * Invitations (decision 0040). An administrator offers a role to an address; the answer is the same whether the
 * address has an account or not, and reveals nothing about it. The person learns of it by mail (or, signed in, in the
 * dashboard) and accepts: only then does the membership exist. So nobody can be attached to a project, nor anything
 * learnt about an account, by typing an address.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly users: UserService,
    private readonly access: AccessService,
    private readonly notices: MembershipNotices,
  ) {}

  async invite(actor: Actor, input: InviteProjectMemberInput): Promise<InvitationEntity> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, input.modelProjectId);
    const email = input.email.trim().toLowerCase();
    const invitation = await this.dataSource.transaction(async (manager) => {
      // one invitation at a time per address and project: concurrent invitations queue on the project row
      await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [input.modelProjectId]);
      await this.users.checkUnit(manager, input.modelProjectId, input.role, input.territorialUnitId ?? null);
      const [member] = await manager.query(
        `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.model_project_id = $1 AND u.email = $2`,
        [input.modelProjectId, email],
      );
      // The administrator sees the project's members anyway: this reveals nothing they could not read.
      if (member)
        throw DomainError.conflict(
          ErrorReason.ALREADY_EXISTS,
          `${email} gehört dem Projekt bereits an; ändern Sie stattdessen die Rolle.`,
          { field: 'input.email' },
        );
      const open = await manager.findOneBy(InvitationEntity, {
        modelProjectId: input.modelProjectId,
        email,
        status: 'PENDING',
      });
      if (open && open.expiresAt > new Date())
        throw DomainError.conflict(
          ErrorReason.ALREADY_EXISTS,
          `An ${email} ist bereits eine Einladung unterwegs; senden Sie sie bei Bedarf erneut.`,
          { field: 'input.email' },
        );
      if (open) await this.close(manager, actor, open, 'REVOKED');
      const secret = newSecret();
      const saved = await manager.save(
        manager.create(InvitationEntity, {
          modelProjectId: input.modelProjectId,
          email,
          displayName: input.displayName?.trim() ?? '',
          role: input.role,
          territorialUnitId: input.territorialUnitId ?? null,
          tokenHash: hashToken(secret),
          invitedBy: actor.userId,
          status: 'PENDING',
          expiresAt: this.expiry(),
          answeredAt: null,
          userId: null,
        }),
      );
      await this.record(manager, actor, 'CREATE', null, saved);
      await this.sendMail(manager, actor, saved, secret);
      return saved;
    });
    void this.mail.deliverPending();
    return invitation;
  }

  /** A project's invitations, newest first (administrators of the project). */
  async ofProject(actor: Actor, projectId: string): Promise<InvitationEntity[]> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, projectId);
    return this.dataSource
      .getRepository(InvitationEntity)
      .find({ where: { modelProjectId: projectId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  /** Open invitations to the signed-in person's address. */
  async mine(actor: Actor): Promise<InvitationEntity[]> {
    if (!actor.userId) throw DomainError.unauthenticated();
    return this.dataSource.query(
      `SELECT i.id, i.model_project_id AS "modelProjectId", i.email, i.display_name AS "displayName", i.role,
              i.territorial_unit_id AS "territorialUnitId", i.invited_by AS "invitedBy", i.status,
              i.expires_at AS "expiresAt", i.answered_at AS "answeredAt", i.user_id AS "userId",
              i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.version
         FROM invitation i JOIN app_user u ON u.email = i.email
        WHERE u.id = $1 AND i.status = 'PENDING' AND i.expires_at > now()
        ORDER BY i.created_at DESC`,
      [actor.userId],
    );
  }

  async revoke(actor: Actor, id: string, version: number): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockManaged(manager, actor, id, version);
      if (before.status !== 'PENDING')
        throw DomainError.conflict(ErrorReason.ALREADY_EXISTS, 'Die Einladung wurde bereits beantwortet.');
      return this.close(manager, actor, before, 'REVOKED');
    });
  }

  /** A new link (the old one stops working) and a new expiry, sent again. */
  async resend(actor: Actor, id: string, version: number): Promise<InvitationEntity> {
    const after = await this.dataSource.transaction(async (manager) => {
      const before = await this.lockManaged(manager, actor, id, version);
      if (before.status !== 'PENDING')
        throw DomainError.conflict(ErrorReason.ALREADY_EXISTS, 'Die Einladung wurde bereits beantwortet.');
      const secret = newSecret();
      const updated = await updateVersioned(
        manager,
        InvitationEntity,
        id,
        version,
        { tokenHash: hashToken(secret), expiresAt: this.expiry() },
        LABEL,
      );
      await this.record(manager, actor, 'UPDATE', before, updated);
      await this.sendMail(manager, actor, updated, secret);
      return updated;
    });
    void this.mail.deliverPending();
    return after;
  }

  /** The signed-in person accepts an invitation to their own address: the membership begins. */
  accept(actor: Actor, id: string): Promise<MembershipEntity> {
    return this.answerOwn(actor, id, (manager, invitation, user) => this.join(manager, actor, invitation, user));
  }

  decline(actor: Actor, id: string): Promise<InvitationEntity> {
    return this.answerOwn(actor, id, (manager, invitation, user) =>
      this.close(manager, actor, invitation, 'DECLINED', user.id),
    );
  }

  /** What the link shows: to whoever holds the secret, which only the mail carried. */
  async preview(
    token: string,
  ): Promise<{ invitation: InvitationEntity; accountExists: boolean; project: ProjectName }> {
    const invitation = await this.byToken(this.dataSource.manager, token);
    const [project]: ProjectName[] = await this.dataSource.query(`SELECT code, name FROM model_project WHERE id = $1`, [
      invitation.modelProjectId,
    ]);
    const accountExists = await this.dataSource.getRepository(UserEntity).existsBy({ email: invitation.email });
    return { invitation, accountExists, project };
  }

  /**
   * Accepts with a new account, from the link (before any sign-in): the account, the membership and the answer in
   * one transaction. An address that has an account signs in and accepts instead.
   */
  async acceptWithNewAccount(input: AcceptInvitationWithNewAccountInput): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.byToken(manager, input.token);
      const invitation = await lockById(manager, InvitationEntity, found.id, LABEL);
      assertOpen(invitation);
      if (await manager.existsBy(UserEntity, { email: invitation.email }))
        throw DomainError.conflict(
          ErrorReason.ALREADY_EXISTS,
          `Für ${invitation.email} gibt es schon ein Konto. Melden Sie sich an; die Einladung finden Sie dann unter „Mein Konto“.`,
        );
      const user = await manager.save(
        manager.create(UserEntity, {
          email: invitation.email,
          displayName: input.displayName.trim(),
          passwordHash,
          isPlatformAdmin: false,
          isDemo: false,
        }),
      );
      const actor = new Actor(user.id, user.displayName, false, [], []);
      await this.audit.record(manager, actor, {
        entityType: 'User',
        entityId: user.id,
        action: 'CREATE',
        modelProjectId: invitation.modelProjectId,
        after: user,
      });
      await this.join(manager, actor, invitation, user);
      return user;
    });
  }

  private async join(
    manager: EntityManager,
    actor: Actor,
    invitation: InvitationEntity,
    user: UserEntity,
  ): Promise<MembershipEntity> {
    let membership = await manager.findOneBy(MembershipEntity, {
      userId: user.id,
      modelProjectId: invitation.modelProjectId,
    });
    if (!membership) {
      membership = await manager.save(
        manager.create(MembershipEntity, {
          userId: user.id,
          modelProjectId: invitation.modelProjectId,
          role: invitation.role,
          territorialUnitId: invitation.territorialUnitId,
        }),
      );
      await this.audit.record(manager, actor, {
        entityType: 'Membership',
        entityId: membership.id,
        action: 'CREATE',
        modelProjectId: invitation.modelProjectId,
        after: membership,
      });
      await this.notices.gained(manager, actor, membershipGained(membership));
    }
    await this.close(manager, actor, invitation, 'ACCEPTED', user.id);
    return membership;
  }

  private async close(
    manager: EntityManager,
    actor: Actor,
    before: InvitationEntity,
    status: 'ACCEPTED' | 'DECLINED' | 'REVOKED',
    userId: string | null = null,
  ): Promise<InvitationEntity> {
    const after = await updateVersioned(
      manager,
      InvitationEntity,
      before.id,
      before.version,
      { status, answeredAt: new Date(), userId },
      LABEL,
    );
    await this.record(manager, actor, 'UPDATE', before, after);
    return after;
  }

  /**
   * Runs the signed-in person's answer to an open invitation to their own address, with the invitation locked. An
   * invitation to another address is "not found", so that nobody learns of invitations that are not theirs.
   */
  private async answerOwn<T>(
    actor: Actor,
    id: string,
    answer: (manager: EntityManager, invitation: InvitationEntity, user: UserEntity) => Promise<T>,
  ): Promise<T> {
    if (!actor.userId) throw DomainError.unauthenticated();
    const userId = actor.userId;
    return this.dataSource.transaction(async (manager) => {
      const invitation = await lockById(manager, InvitationEntity, id, LABEL);
      const user = await manager.findOneByOrFail(UserEntity, { id: userId });
      if (invitation.email !== user.email) throw DomainError.notFound(LABEL, id);
      assertOpen(invitation);
      return answer(manager, invitation, user);
    });
  }

  private async lockManaged(manager: EntityManager, actor: Actor, id: string, version: number) {
    const before = await lockById(manager, InvitationEntity, id, LABEL);
    this.access.requireAccess(actor, Permission.MANAGE_USERS, before.modelProjectId);
    if (before.version !== version) throw DomainError.staleVersion(LABEL, id, before.version);
    return before;
  }

  private async byToken(manager: EntityManager, token: string): Promise<InvitationEntity> {
    const invitation = await manager.findOneBy(InvitationEntity, { tokenHash: hashToken(token) });
    // the same answer for a secret that never existed and one that was replaced by a resent invitation
    if (!invitation) throw DomainError.notFound(LABEL, 'Link');
    return invitation;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: 'CREATE' | 'UPDATE',
    before: InvitationEntity | null,
    after: InvitationEntity,
  ): Promise<void> {
    const { tokenHash: _b, ...beforeShown } = before ?? ({} as InvitationEntity);
    const { tokenHash: _a, ...afterShown } = after;
    return this.audit.record(manager, actor, {
      entityType: 'Invitation',
      entityId: after.id,
      action,
      modelProjectId: after.modelProjectId,
      before: before ? beforeShown : null,
      after: afterShown,
    });
  }

  private async sendMail(manager: EntityManager, actor: Actor, invitation: InvitationEntity, secret: string) {
    const [project]: ProjectName[] = await manager.query(`SELECT code, name FROM model_project WHERE id = $1`, [
      invitation.modelProjectId,
    ]);
    const link = `${this.config.publicOrigin}/einladung/${secret}`;
    const until = invitation.expiresAt.toLocaleDateString('de-DE', { timeZone: this.config.timeZone });
    await this.mail.queue(manager, {
      to: invitation.email,
      kind: 'INVITATION',
      modelProjectId: invitation.modelProjectId,
      subject: `Einladung zum Modellprojekt ${project.name} in Maßwerk`,
      body: [
        `Guten Tag${invitation.displayName ? ` ${invitation.displayName}` : ''},`,
        '',
        `${actor.displayName} lädt Sie in Maßwerk zum Modellprojekt „${project.name}“ (${project.code}) ein, in der Rolle ${ROLE_LABEL_DE[invitation.role]}.`,
        '',
        `Annehmen oder ablehnen können Sie die Einladung bis zum ${until} unter:`,
        link,
        '',
        'Haben Sie schon ein Konto bei Maßwerk, melden Sie sich an; die Einladung steht dann auch unter „Mein Konto“.',
        'Erwarten Sie diese Einladung nicht, können Sie diese Nachricht ignorieren.',
      ].join('\n'),
    });
  }

  private expiry(): Date {
    return new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  }
}

interface ProjectName {
  code: string;
  name: string;
}
