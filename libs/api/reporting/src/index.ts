export * from './lib/reporting.module';
export * from './lib/shared/download';
export * from './lib/measure-export/measure-record';
export * from './lib/shared/export-access.service';
export * from './lib/shared/period';
export * from './lib/narrative-report/narrative-report.service';
export * from './lib/council-briefing/council-briefing.service';
