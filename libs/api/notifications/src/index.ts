export * from './lib/notifications.module';
export * from './lib/calendar/calendar-feed.entity';
