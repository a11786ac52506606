export * from './lib/strategy.entities';
export * from './lib/strategy.mapper';
export * from './lib/strategy.service';
export * from './lib/strategy.module';
export * from './lib/dtos/strategy.dto';
export * from './lib/dtos/strategy.inputs';
