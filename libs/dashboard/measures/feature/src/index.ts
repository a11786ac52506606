export * from './lib/measure.routes';
