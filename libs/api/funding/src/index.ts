export * from './lib/funding.entities';
export * from './lib/funding.mapper';
export * from './lib/programme.service';
export * from './lib/grant.service';
export * from './lib/cost.service';
export * from './lib/funding-overview.service';
export * from './lib/funding.module';
export * from './lib/dtos/funding.dto';
