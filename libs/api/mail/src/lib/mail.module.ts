import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';

@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity])],
  providers: [MailService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
