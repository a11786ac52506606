import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@masswerk/api/access';
import { AuditModule } from '@masswerk/api/audit';
import { MailModule } from '@masswerk/api/mail';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { JobsService } from './jobs/jobs.service';
import { MembershipNoticesModule } from './notifications/membership-notices';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { ReminderRoundService } from './reminders/reminder-round.service';
import { ProjectReminderSettingsEntity } from './settings/project-reminder-settings.entity';
import { ProjectReminderSettingsResolver } from './settings/project-reminder-settings.resolver';
import { ProjectReminderSettingsService } from './settings/project-reminder-settings.service';

/**
 * Keeping people on time (issue 15): personal calendar feeds, the daily reminder round and each project's settings of
 * it, in-app notifications, and the notices of memberships (for the accounts, through `MembershipNotices`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CalendarFeedEntity, NotificationEntity, ProjectReminderSettingsEntity]),
    AuditModule,
    AccessModule,
    MailModule,
    MembershipNoticesModule,
  ],
  controllers: [CalendarController],
  providers: [
    CalendarService,
    CalendarResolver,
    NotificationService,
    NotificationResolver,
    ReminderRoundService,
    ProjectReminderSettingsService,
    ProjectReminderSettingsResolver,
    JobsService,
  ],
  exports: [ReminderRoundService, JobsService],
})
export class NotificationsModule {}
