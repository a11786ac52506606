import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@masswerk/api/audit';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** Personal iCalendar feeds of milestones and proof-of-use deadlines (issue 15). */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity]), AuditModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarResolver],
})
export class CalendarModule {}
