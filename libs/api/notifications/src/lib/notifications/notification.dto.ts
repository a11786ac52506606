import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { ReminderKind } from '@masswerk/shared/domain';
import { ConnectionType, IdField, Language, LocalDateScalar, PageArgs } from '@masswerk/api/core';

registerEnumType(ReminderKind, { name: 'ReminderKind', description: 'What a reminder is about (issue 15).' });

export enum ReminderDelivery {
  /** Shown in the list only: the person had a digest that day, or mail is off. */
  NOT_MAILED = 'NOT_MAILED',
  /** In a digest mail that waits in the outbox (no SMTP, or not sent yet). */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** The digest could not be delivered after every attempt. */
  FAILED = 'FAILED',
}
registerEnumType(ReminderDelivery, { name: 'ReminderDelivery' });

@ObjectType({ description: 'A reminder or notice for the signed-in person, with the page that resolves it.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => ReminderKind) kind!: ReminderKind;
  @Field({ description: 'In the language asked for (else the person’s own).' }) title!: string;
  @Field({ description: 'In the language asked for (else the person’s own).' }) detail!: string;
  @Field({ description: 'Path of the dashboard page, e.g. /projekte/EIF/massnahmen/M-07.' }) link!: string;
  @Field(() => LocalDateScalar, { nullable: true }) dueOn!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

@ObjectType({ description: 'Whether the signed-in person gets reminders of a kind (in the list and by mail).' })
export class ReminderSetting {
  @Field(() => ReminderKind) kind!: ReminderKind;
  @Field() enabled!: boolean;
}

@ObjectType({ description: 'A reminder sent in a project: to whom, what, when and whether its mail was delivered.' })
export class ReminderLogEntry {
  @Field(() => ID) id!: string;
  @Field() recipientName!: string;
  @Field(() => ReminderKind) kind!: ReminderKind;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => ReminderDelivery) delivery!: ReminderDelivery;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class ReminderLogConnection extends ConnectionType(ReminderLogEntry) {}

const LANGUAGE_ARG = 'The language of the texts; the person’s own language when left out.';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only the unread ones.' }) @IsOptional() @IsBoolean() unreadOnly!: boolean;
  @Field(() => Language, { nullable: true, description: LANGUAGE_ARG })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;
}

@ArgsType()
export class ReminderLogArgs extends PageArgs {
  @IdField() modelProjectId!: string;
  @Field(() => Language, { nullable: true, description: LANGUAGE_ARG })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;
}
