export * from './lib/release.module';
export * from './lib/release.service';
export * from './lib/release.entities';
export * from './lib/public-source';
export * from './lib/public-page-source';
