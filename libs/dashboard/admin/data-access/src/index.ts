export * from './lib/admin.api';
export * from './lib/admin.rules';
export * from './lib/money';
