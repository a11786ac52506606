export * from './lib/cluster.page';
