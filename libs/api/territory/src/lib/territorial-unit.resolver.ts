import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor, mapConnection, CachedRead } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { TerritorialUnit, TerritorialUnitConnection } from './dtos/territorial-unit.dto';
import {
  CreateTerritorialUnitInput,
  TerritorialUnitsArgs,
  UpdateTerritorialUnitInput,
} from './dtos/territorial-unit.inputs';
import { toTerritorialUnit } from './territorial-unit.mapper';
import { TerritorialUnitService } from './territorial-unit.service';

@Resolver(() => TerritorialUnit)
@Access(AccessPolicy.AUTHENTICATED)
export class TerritorialUnitResolver {
  constructor(private readonly units: TerritorialUnitService) {}

  @Query(() => TerritorialUnitConnection, { description: 'Territorial units, sorted by name.' })
  @CachedRead()
  async territorialUnits(@Args() args: TerritorialUnitsArgs): Promise<TerritorialUnitConnection> {
    return mapConnection(await this.units.list(args), toTerritorialUnit);
  }

  @Query(() => TerritorialUnit)
  @CachedRead()
  async territorialUnit(@Args('id', { type: () => ID }) id: string): Promise<TerritorialUnit> {
    return toTerritorialUnit(await this.units.get(id));
  }

  @ResolveField(() => TerritorialUnit, { nullable: true })
  async parent(@Parent() unit: TerritorialUnit, @Ctx() ctx: RequestContext): Promise<TerritorialUnit | null> {
    if (!unit.parentId) return null;
    const parent = await this.units.byIdLoader(ctx.loaders).load(unit.parentId);
    return parent && toTerritorialUnit(parent);
  }

  @Mutation(() => TerritorialUnit)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createTerritorialUnit(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateTerritorialUnitInput,
  ): Promise<TerritorialUnit> {
    return toTerritorialUnit(await this.units.create(actor, input));
  }

  @Mutation(() => TerritorialUnit)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async updateTerritorialUnit(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateTerritorialUnitInput,
  ): Promise<TerritorialUnit> {
    return toTerritorialUnit(await this.units.update(actor, input));
  }

  @Mutation(() => ID, { description: 'Deletes an unused unit; returns its id.' })
  @Access(AccessPolicy.PLATFORM_ADMIN)
  deleteTerritorialUnit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.units.delete(actor, id, version);
  }
}
