import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Language, ReminderKind, Role } from '@masswerk/shared/domain';
import { MembershipGained, MembershipNotices } from '@masswerk/api/core';
import { INSERT_NOTIFICATIONS_SQL } from '../reminders/reminder-round.sql';
import { ReminderRow } from '../reminders/reminder-items';
import { reminderText } from '../reminders/reminder-texts';

/**
 * The notices of a membership gained or changed (kind MEMBERSHIP, which nobody switches off): to the member, and to
 * the project office (its other administrators; the one who made the change knows of it). Written in the transaction
 * of the change, once per membership version; they go out in the next digest of each recipient.
 */
export function membershipNotices(
  membership: MembershipGained,
  project: { code: string; name: string },
  member: { displayName: string },
  office: string[],
): ReminderRow[] {
  const base = {
    projectId: membership.modelProjectId,
    kind: ReminderKind.MEMBERSHIP as const,
    subjectId: membership.membershipId,
    stage: `v${membership.version}`,
    dueOn: null,
  };
  const params = { projectName: project.name, role: membership.role, memberName: member.displayName };
  const path = `/projekte/${encodeURIComponent(project.code)}`;
  return [
    { ...base, userId: membership.userId, link: path, params: { ...params, self: true } },
    ...office
      .filter((userId) => userId !== membership.userId)
      .map((userId) => ({ ...base, userId, link: `${path}/verwaltung`, params: { ...params, self: false } })),
  ];
}

@Injectable()
export class MembershipNoticeWriter extends MembershipNotices {
  async gained(manager: EntityManager, actor: Actor, membership: MembershipGained): Promise<void> {
    const [facts]: { code: string; name: string; displayName: string; office: string[] }[] = await manager.query(
      `SELECT p.code, p.name, u.display_name AS "displayName",
              array(SELECT m.user_id::text FROM membership m JOIN app_user a ON a.id = m.user_id AND a.disabled_at IS NULL
                     WHERE m.model_project_id = p.id AND m.role = $3 AND m.user_id IS DISTINCT FROM $4) AS office
         FROM model_project p, app_user u WHERE p.id = $1 AND u.id = $2`,
      [membership.modelProjectId, membership.userId, Role.ADMIN, actor.userId],
    );
    if (!facts) return;
    const rows = membershipNotices(membership, facts, facts, facts.office).map((row) => ({
      ...row,
      ...reminderText(row.kind, row.params as never, Language.DE),
    }));
    await manager.query(INSERT_NOTIFICATIONS_SQL, [JSON.stringify(rows)]);
  }
}

/** Provides the port to the accounts, which cannot import this library (it imports theirs). */
@Global()
@Module({
  providers: [{ provide: MembershipNotices, useClass: MembershipNoticeWriter }],
  exports: [MembershipNotices],
})
export class MembershipNoticesModule {}
