export * from './lib/public-site.generated';
export * from './lib/list-state';
