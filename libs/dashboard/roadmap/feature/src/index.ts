export * from './lib/roadmap.page';
