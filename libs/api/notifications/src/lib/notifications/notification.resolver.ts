import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ReminderKind } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import {
  Notification,
  NotificationConnection,
  NotificationsArgs,
  ReminderLogArgs,
  ReminderLogConnection,
  ReminderLogEntry,
  ReminderSetting,
} from './notification.dto';
import { NotificationService } from './notification.service';

/** The signed-in person's notifications (the bell), their reminder settings, and a project's record of reminders. */
@Resolver(() => Notification)
@Access(AccessPolicy.AUTHENTICATED)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'The signed-in person’s notifications, newest first.' })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args() { first, after, unreadOnly, language }: NotificationsArgs,
  ): Promise<Connection<Notification>> {
    return this.notifications.mine(actor, first, after ?? null, unreadOnly, language ?? null);
  }

  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread (the bell’s count).' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks own notifications read (all when ids is left out); returns how many.' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.notifications.markRead(actor, ids ?? null);
  }

  @Query(() => [ReminderSetting], { description: 'Which kinds of reminders the signed-in person gets.' })
  myReminderSettings(@CurrentActor() actor: Actor): Promise<ReminderSetting[]> {
    return this.notifications.settings(actor);
  }

  @Mutation(() => [ReminderSetting], {
    description: 'Switches a kind of reminder on or off for the signed-in person (not MEMBERSHIP: BAD_USER_INPUT).',
  })
  setReminderEnabled(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => ReminderKind }) kind: ReminderKind,
    @Args('enabled') enabled: boolean,
  ): Promise<ReminderSetting[]> {
    return this.notifications.setEnabled(actor, kind, enabled);
  }

  @Query(() => ReminderLogConnection, {
    description: 'The reminders sent in a project, newest first: to whom, what, when, delivered (project office).',
  })
  projectReminderLog(
    @CurrentActor() actor: Actor,
    @Args() { modelProjectId, first, after, language }: ReminderLogArgs,
  ): Promise<Connection<ReminderLogEntry>> {
    return this.notifications.projectLog(actor, modelProjectId, first, after ?? null, language ?? null);
  }
}
