export * from './lib/format';
export * from './lib/format.pipes';
export * from './lib/i18n';
export * from './lib/language.service';
export * from './lib/money-input';
export * from './lib/date-input';
export * from './lib/decimal-input';
export * from './lib/query-params';
