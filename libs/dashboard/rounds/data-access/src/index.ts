export * from './lib/rounds.generated';
export * from './lib/rounds.api';
