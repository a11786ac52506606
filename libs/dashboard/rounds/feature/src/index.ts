export * from './lib/rounds.routes';
