export * from './lib/project.routes';
