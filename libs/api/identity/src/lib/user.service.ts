import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Language, Permission, Role } from '@masswerk/shared/domain';
import {
  DomainError,
  ErrorReason,
  LoaderRegistry,
  MembershipNotices,
  rowByColumnLoader,
  rowsByColumnLoader,
  pageByText,
  containsPattern,
} from '@masswerk/api/core';
import type { Connection, MembershipGained } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, platformRecord, projectRecord } from '@masswerk/api/audit';
import { MembershipEntity, UserEntity } from './entities';
import { SetUserDisabledInput, UpdateMembershipInput } from './dtos/identity.inputs';

/** What the notices of a membership need to know of it. */
export function membershipGained(m: MembershipEntity): MembershipGained {
  return { membershipId: m.id, version: m.version, userId: m.userId, modelProjectId: m.modelProjectId, role: m.role };
}

const USER_BY_ID = Symbol('userById');
const MEMBERSHIPS_BY_USER = Symbol('membershipsByUser');
const USER = platformRecord(UserEntity, 'User', 'Benutzer');
const MEMBERSHIP = projectRecord(MembershipEntity, 'Membership', 'Mitgliedschaft');

/** Users and their project roles. Project administrators manage the people of their project. */
@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly notices: MembershipNotices,
  ) {}

  userLoader(loaders: LoaderRegistry): DataLoader<string, UserEntity | null> {
    return rowByColumnLoader(loaders, USER_BY_ID, this.dataSource, UserEntity);
  }

  membershipsByUserLoader(loaders: LoaderRegistry): DataLoader<string, MembershipEntity[]> {
    return rowsByColumnLoader(loaders, MEMBERSHIPS_BY_USER, this.dataSource, MembershipEntity, 'userId');
  }

  /** Every account, by e-mail address, for the platform's operators (others are refused with FORBIDDEN). */
  async list(
    actor: Actor,
    { search, first, after }: { search?: string; first: number; after?: string | null },
  ): Promise<Connection<UserEntity>> {
    this.access.requirePlatformAdmin(actor);
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    const term = search?.trim().toLowerCase();
    if (term) {
      const like = containsPattern(term);
      qb.where('(lower(u.email) LIKE :like OR lower(u.displayName) LIKE :like)', { like });
    }
    return pageByText(qb, 'email', { first, after });
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw DomainError.notFound(USER.label, id);
    return user;
  }

  /**
   * The signed-in person's language (the dashboard's choice): what reminders and digests are written in. A preference
   * of the person, not a change to the account others see: no version, no history.
   */
  async setLanguage(actor: Actor, language: Language): Promise<UserEntity> {
    if (!actor.userId) throw DomainError.unauthenticated();
    await this.dataSource.query(`UPDATE app_user SET language = $2 WHERE id = $1`, [actor.userId, language]);
    return this.getUser(actor.userId);
  }

  /** The people of a project with their roles; only for those who manage its users. */
  async membersOf(actor: Actor, projectId: string): Promise<MembershipEntity[]> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, projectId);
    return this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.model_project_id = :projectId', { projectId })
      .orderBy('m.role')
      .addOrderBy('lower(u.display_name)')
      .getMany();
  }

  /** Users a project's administrators may assign to measures: the members of that project. */
  async assignableUserIds(projectId: string, userIds: string[]): Promise<string[]> {
    if (!userIds.length) return [];
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .findBy({ modelProjectId: projectId, userId: In(userIds) });
    return rows.map((r) => r.userId);
  }

  /** Changes a role or municipality; a new role is noticed to the member and the project office. */
  async updateMembership(actor: Actor, input: UpdateMembershipInput): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      let roleBefore: Role | null = null;
      const after = await this.audit.updateRecorded(
        manager,
        actor,
        MEMBERSHIP,
        input.id,
        input.version,
        async (before) => {
          this.access.requireAccess(actor, Permission.MANAGE_USERS, before.modelProjectId);
          roleBefore = before.role;
          const role = input.role ?? before.role;
          const unitId = input.territorialUnitId !== undefined ? input.territorialUnitId : before.territorialUnitId;
          await this.checkUnit(manager, before.modelProjectId, role, unitId);
          if (before.role === Role.ADMIN && role !== Role.ADMIN) await this.ensureAnotherAdmin(manager, before);
          return { role, territorialUnitId: unitId };
        },
      );
      if (after.role !== roleBefore) await this.notices.gained(manager, actor, membershipGained(after));
      return after;
    });
  }

  async removeMembership(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction((manager) =>
      this.audit.deleteRecorded(manager, actor, MEMBERSHIP, id, version, async (before) => {
        this.access.requireAccess(actor, Permission.MANAGE_USERS, before.modelProjectId);
        if (before.role === Role.ADMIN) await this.ensureAnotherAdmin(manager, before);
        // The person is no longer responsible for the project's measures: each measure's history shows it.
        await this.audit.unlinkFromMeasures(manager, actor, before.modelProjectId, { assigneeIds: [before.userId] });
        await manager.query(
          `DELETE FROM measure_assignee a USING measure m WHERE a.measure_id = m.id AND m.model_project_id = $1 AND a.user_id = $2`,
          [before.modelProjectId, before.userId],
        );
      }),
    );
  }

  async setDisabled(actor: Actor, input: SetUserDisabledInput): Promise<UserEntity> {
    this.access.requirePlatformAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const after = await this.audit.updateRecorded(manager, actor, USER, input.userId, input.version, () => ({
        disabledAt: input.disabled ? new Date() : null,
      }));
      if (input.disabled) await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [after.id]);
      return after;
    });
  }

  /**
   * Refuses to take away the project's last administrator. The project row is locked first, so that two changes of
   * its administrators run one after the other and the second counts what the first left.
   */
  private async ensureAnotherAdmin(manager: EntityManager, membership: MembershipEntity): Promise<void> {
    await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [membership.modelProjectId]);
    const admins = await manager.countBy(MembershipEntity, {
      modelProjectId: membership.modelProjectId,
      role: Role.ADMIN,
    });
    if (admins <= 1)
      throw DomainError.conflict(
        ErrorReason.LAST_ADMIN,
        'Das Projekt braucht mindestens eine Administration; ernennen Sie zuerst eine weitere Person.',
      );
  }

  /** An editor may answer for a municipality of the project; other roles for none. */
  async checkUnit(manager: EntityManager, projectId: string, role: Role, unitId: string | null): Promise<void> {
    if (!unitId) return;
    if (role !== Role.EDITOR)
      throw DomainError.badInput(
        'input.territorialUnitId',
        'Eine Kommune wird nur Maßnahmenverantwortlichen zugeordnet.',
      );
    const [row] = await manager.query(
      `SELECT 1 FROM model_project p WHERE p.id = $1 AND (p.lead_unit_id = $2 OR EXISTS (SELECT 1 FROM model_project_member m WHERE m.model_project_id = p.id AND m.territorial_unit_id = $2))`,
      [projectId, unitId],
    );
    if (!row)
      throw DomainError.badInput('input.territorialUnitId', 'Die Kommune gehört nicht zu diesem Modellprojekt.');
  }
}
