import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, mapConnection, PageArgs } from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import { OutboxMail, OutboxMailConnection } from './dtos/mail.dto';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailService } from './mail.service';

@ObjectType({ description: 'How this installation sends mail.' })
export class MailDelivery {
  @Field({ description: 'True when mail goes out through SMTP; false when it stays in the outbox.' })
  smtp!: boolean;
}

const toOutboxMail = (m: MailOutboxEntity): OutboxMail => ({
  id: m.id,
  toAddress: m.toAddress,
  subject: m.subject,
  body: m.body,
  kind: m.kind,
  createdAt: m.createdAt,
  sentAt: m.sentAt,
  attempts: m.attempts,
  lastError: m.lastError,
});

/** The outbox: every mail, sent or waiting, for the operators of the installation. */
@Resolver()
@Access(AccessPolicy.PLATFORM_ADMIN, AccessPolicy.SESSION)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => OutboxMailConnection, { description: 'Mail sent or waiting, newest first (platform administrators).' })
  async mailOutbox(@Args() { first, after }: PageArgs): Promise<Connection<OutboxMail>> {
    return mapConnection(await this.mail.list(first, after ?? null), toOutboxMail);
  }

  @Query(() => MailDelivery)
  mailDelivery(): MailDelivery {
    return { smtp: this.mail.sendsMail };
  }
}
