export * from './lib/measures.api';
export * from './lib/list-state';
export * from './lib/edit-merge';
