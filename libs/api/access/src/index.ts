export * from './lib/access.service';
export * from './lib/access.module';
