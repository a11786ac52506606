export * from './lib/bench-accounts';
export * from './lib/scale-database';
