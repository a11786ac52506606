import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HistoryAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(HistoryAction, { name: 'HistoryAction' });

@ObjectType({ description: 'One field of a record before and after a change; values are JSON.' })
export class FieldChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'An entry of the change history: who changed which record when, and how.' })
export class HistoryEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field() actorName!: string;
  @Field() entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => HistoryAction) action!: HistoryAction;
  @Field(() => [FieldChange]) changes!: FieldChange[];
  measureId!: string | null;
}
