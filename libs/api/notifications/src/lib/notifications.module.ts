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
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { ReminderRoundService } from './reminders/reminder-round.service';

/** Keeping people on time (issue 15): personal calendar feeds, the daily reminder round, in-app notifications. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity, NotificationEntity]), AuditModule, AccessModule, MailModule],
  controllers: [CalendarController],
  providers: [
    CalendarService,
    CalendarResolver,
    NotificationService,
    NotificationResolver,
    ReminderRoundService,
    JobsService,
  ],
  exports: [ReminderRoundService, JobsService],
})
export class NotificationsModule {}
