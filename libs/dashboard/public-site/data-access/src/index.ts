export * from './lib/public-site.generated';
export * from './lib/list-state';
export * from './lib/public-views';
