export * from './lib/imports.module';
export * from './lib/import.errors';
export * from './lib/import-result';
export * from './lib/upload/import-upload';
