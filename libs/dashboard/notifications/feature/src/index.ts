export * from './lib/notification-bell';
export * from './lib/notifications.page';
export * from './lib/reminder-settings.section';
export * from './lib/reminder-log';
export * from './lib/unread-count.store';
