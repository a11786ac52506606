export * from './lib/funding.api';
export * from './lib/funding-warnings';
