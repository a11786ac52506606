export * from './lib/public-site.generated';
// named: each generated file declares its own helper types (Exact, Incremental)
export {
  PublicClusterDocument,
  type PublicClusterQuery,
  PublicMemberKeysDocument,
  PublicMunicipalityDocument,
  type PublicMunicipalityQuery,
} from './lib/public-places.generated';
export * from './lib/public-views';
export { PublicEmbedDocument, type PublicEmbedQuery } from './lib/public-embed.generated';
export * from './lib/list-state';
export * from './lib/public-robots';
