export * from './lib/notifications.module';
export * from './lib/calendar/calendar-feed.entity';
export * from './lib/notifications/notification.entity';
export * from './lib/reminders/reminder-round.service';
export * from './lib/jobs/jobs.service';
export { Recipients } from './lib/reminders/reminder-items';
export type { ReminderRow } from './lib/reminders/reminder-items';
export { INSERT_NOTIFICATIONS_SQL } from './lib/reminders/reminder-round.sql';
