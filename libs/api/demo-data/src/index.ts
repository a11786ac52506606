export * from './lib/seed';
export * from './lib/demo-accounts';
export { DEMO_PROJECTS, CLUSTER } from './lib/content/projects';
