export * from './lib/audit-entry.entity';
export * from './lib/audit.service';
export * from './lib/audit.module';
export * from './lib/history.mapper';
export * from './lib/dtos/history-entry.dto';
