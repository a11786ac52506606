export * from './lib/record-page';
export * from './lib/form-dialog';
export * from './lib/field-error';
export * from './lib/text-field';
export * from './lib/controls';
