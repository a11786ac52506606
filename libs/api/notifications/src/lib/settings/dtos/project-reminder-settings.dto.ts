import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsString } from 'class-validator';
import { ReminderKind } from '@masswerk/shared/domain';
import { IdField, LocalDateScalar } from '@masswerk/api/core';
import { ReminderSetting } from '../../notifications/notification.dto';

@ObjectType({
  description: 'A project’s reminder settings, set by its project office (defaults until it changes them).',
})
export class ProjectReminderSettings {
  @Field(() => ID) modelProjectId!: string;
  @Field({ description: 'Local time (business time zone) of the daily round, HH:MM (the default: REMINDER_TIME).' })
  sendTime!: string;
  @Field(() => [ReminderSetting], { description: 'The kinds the project can switch off, and whether they are on.' })
  kinds!: ReminderSetting[];
  @Field(() => [Int], { description: 'Days before a due day on which a reminder goes out, farthest first.' })
  leadDays!: number[];
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the project’s round last ran.' })
  lastRoundOn!: string | null;
}

@InputType()
export class UpdateProjectReminderSettingsInput {
  @IdField() modelProjectId!: string;
  @Field({ description: 'HH:MM, a quarter hour (the round runs every 15 minutes).' }) @IsString() sendTime!: string;
  @Field(() => [ReminderKind], { description: 'The kinds switched off for the project (MEMBERSHIP cannot be).' })
  @IsArray()
  @IsEnum(ReminderKind, { each: true })
  disabledKinds!: ReminderKind[];
  @Field(() => [Int], { description: '1 to 3 lead days, each 1 to 180.' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  leadDays!: number[];
}
