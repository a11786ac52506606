export * from './lib/rounds.module';
export * from './lib/reporting-round/reporting-round.entity';
export * from './lib/council-session/council-session.entity';
