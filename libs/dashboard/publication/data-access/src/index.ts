export * from './lib/publication.generated';
export * from './lib/release-view';
