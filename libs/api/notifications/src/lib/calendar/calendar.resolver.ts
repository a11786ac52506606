import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { CalendarFeed, NewCalendarFeed } from './dtos/calendar.dto';
import { CalendarService } from './calendar.service';

/** The personal calendar feed, managed by its owner in the dashboard only (like API tokens, never by a token). */
@Resolver(() => CalendarFeed)
@Access(AccessPolicy.SESSION)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => CalendarFeed, { nullable: true, description: 'The signed-in person’s calendar feed, if any.' })
  myCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeed | null> {
    return this.calendar.mine(actor);
  }

  @Mutation(() => NewCalendarFeed, {
    description: 'Makes a calendar address for the signed-in person; an earlier address stops working.',
  })
  renewCalendarFeed(@CurrentActor() actor: Actor): Promise<NewCalendarFeed> {
    return this.calendar.renew(actor);
  }

  @Mutation(() => Boolean, { description: 'Ends the calendar feed; false when there was none.' })
  revokeCalendarFeed(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.calendar.revoke(actor);
  }
}
