export * from './lib/notifications.module';
export * from './lib/calendar/calendar-feed.entity';
export * from './lib/notifications/notification.entity';
export * from './lib/reminders/reminder-round.service';
export * from './lib/jobs/jobs.service';
export * from './lib/settings/project-reminder-settings.entity';
export * from './lib/reminders/reminder-texts';
