export * from './lib/calendar.module';
export * from './lib/calendar-feed.entity';
