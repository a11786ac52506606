export * from './lib/status-report-form';
export * from './lib/measure-figures-why';
