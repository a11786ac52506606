export * from './lib/admin.api';
export * from './lib/members.rules';
export * from './lib/fields.rules';
export * from './lib/measures.rules';
export * from './lib/strategy.rules';
export * from './lib/grants.rules';
export * from './lib/series';
export * from './lib/money';
