export * from './lib/public-site.generated';
export { PublicEmbedDocument, type PublicEmbedQuery } from './lib/public-embed.generated';
export * from './lib/list-state';
export * from './lib/public-robots';
