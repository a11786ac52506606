export * from './lib/projects.api';
