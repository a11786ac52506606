export * from './lib/rollup.service';
export * from './lib/rollup.module';
export * from './lib/dtos/summary.dto';
export * from './lib/maintained-rollups';
