export * from './lib/import.page';
