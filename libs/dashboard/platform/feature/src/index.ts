export * from './lib/platform.routes';
