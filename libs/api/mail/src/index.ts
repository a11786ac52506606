export * from './lib/mail-outbox.entity';
export * from './lib/mail.service';
export * from './lib/mail.module';
