export * from './lib/notifications.generated';
export * from './lib/unread-count.store';
