export * from './lib/imports.generated';
export * from './lib/import-answer';
export * from './lib/import-view';
export * from './lib/imports.api';
