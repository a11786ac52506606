export * from './lib/graphql-client';
export * from './lib/graphql-error';
export * from './lib/session.store';
export * from './lib/generated/graphql';
export * from './lib/problems';
