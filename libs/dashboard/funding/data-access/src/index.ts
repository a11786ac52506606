export * from './lib/funding.api';
