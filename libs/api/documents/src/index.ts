export * from './lib/documents.module';
export * from './lib/document.entity';
export * from './lib/document-owner';
export * from './lib/document-uploads';
export * from './lib/document.sql';
export * from './lib/content/media-type';
export * from './lib/content/file-name';
