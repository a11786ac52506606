export * from './lib/cluster.entity';
export * from './lib/model-project.entity';
export * from './lib/model-project.mapper';
export * from './lib/model-project.service';
export * from './lib/cluster.service';
export * from './lib/project.module';
export * from './lib/dtos/model-project.dto';
