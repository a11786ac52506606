export * from './lib/reporting.module';
export * from './lib/shared/download';
export * from './lib/measure-export/measure-record';
