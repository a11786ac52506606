import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The signed-in person’s calendar subscription: milestones of their measures and proof-of-use deadlines as an ' +
    'iCalendar feed. Its address is shown once, when made; renewing makes a new one and ends the old.',
})
export class CalendarFeed {
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a calendar last fetched the feed.' })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A new calendar address: the only time its secret is shown.' })
export class NewCalendarFeed {
  @Field(() => CalendarFeed) feed!: CalendarFeed;
  @Field({ description: 'The address to subscribe to (webcal clients take it with https:// as well).' })
  url!: string;
}
