import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@masswerk/api/core';

@ObjectType({ description: 'A mail Maßwerk sent or holds in its outbox (platform administrators).' })
export class OutboxMail {
  @Field(() => ID) id!: string;
  @Field() toAddress!: string;
  @Field() subject!: string;
  @Field({ description: 'Plain text, links written out.' }) body!: string;
  @Field({ description: 'What it is about, e.g. INVITATION.' }) kind!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When SMTP accepted it; null while it waits.' })
  sentAt!: Date | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}

@ObjectType()
export class OutboxMailConnection extends ConnectionType(OutboxMail) {}
