export * from './lib/entities';
export * from './lib/secrets';
export * from './lib/actor.service';
export * from './lib/user.service';
export * from './lib/identity.module';
export * from './lib/identity.mapper';
export * from './lib/dtos/identity.dto';
export * from './lib/create-platform-admin';
