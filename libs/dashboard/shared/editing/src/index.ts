export * from './lib/record-page';
export * from './lib/form-dialog';
export * from './lib/controls';
