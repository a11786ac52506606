export * from './lib/public-version.card';
export * from './lib/publication.tab';
