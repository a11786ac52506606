export * from './lib/status-report-form';
