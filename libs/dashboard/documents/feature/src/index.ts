export * from './lib/attachments';
export * from './lib/documents.api';
export * from './lib/documents.generated';
