export * from './lib/funding.page';
