export * from './lib/graphql-client';
export * from './lib/graphql-error';
export * from './lib/session.store';
export * from './lib/schema.generated';
export * from './lib/typed-document-string';
export * from './lib/problems';
export * from './lib/form-problems';
export * from './lib/api-language';
