export * from './lib/territorial-unit.entity';
export * from './lib/territorial-unit.mapper';
export * from './lib/territorial-unit.service';
export * from './lib/territory.module';
export * from './lib/dtos/territorial-unit.dto';
