import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@masswerk/api/audit';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';

/** Keeping people on time (issue 15): personal calendar feeds, reminders and in-app notifications. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity]), AuditModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarResolver],
})
export class NotificationsModule {}
