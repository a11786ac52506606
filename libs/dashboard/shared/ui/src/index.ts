export * from './lib/palette';
export * from './lib/badges';
export * from './lib/chart';
export * from './lib/layout';
export * from './lib/history-list';
export * from './lib/code-select';
export * from './lib/form-error';
export * from './lib/history-format';
