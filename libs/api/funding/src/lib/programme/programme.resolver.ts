import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor, CachedRead } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { CostCategory, FundingProgramme } from './dtos/programme.dto';
import {
  CreateCostCategoryInput,
  CreateFundingProgrammeInput,
  UpdateCostCategoryInput,
  UpdateFundingProgrammeInput,
} from './dtos/programme.inputs';
import { toCategory, toProgramme } from './programme.mapper';
import { ProgrammeService } from './programme.service';

/** Funding programmes and cost categories: reference data everyone reads and the operator changes. */
@Resolver(() => FundingProgramme)
@Access(AccessPolicy.AUTHENTICATED)
export class ProgrammeResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @Query(() => FundingProgramme, {
    description: 'A funding programme with its rates and caps: the one with this code, else the default programme.',
  })
  @CachedRead()
  async fundingProgramme(
    @Ctx() ctx: RequestContext,
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
  ): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.programmeByCode(ctx.loaders, code));
  }

  @Query(() => [FundingProgramme], { description: 'Every funding programme, the default first.' })
  async fundingProgrammes(@Ctx() ctx: RequestContext): Promise<FundingProgramme[]> {
    return (await this.programmes.programmes(ctx.loaders)).map(toProgramme);
  }

  @Mutation(() => FundingProgramme, { description: 'Adds a funding programme with its own rates and caps.' })
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createFundingProgramme(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateFundingProgrammeInput,
  ): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.createProgramme(actor, input));
  }

  @Query(() => [CostCategory])
  @CachedRead()
  async costCategories(
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<CostCategory[]> {
    return (await this.programmes.categories(includeInactive)).map(toCategory);
  }

  @Mutation(() => FundingProgramme)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async updateFundingProgramme(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFundingProgrammeInput,
  ): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.updateProgramme(actor, input));
  }

  @Mutation(() => CostCategory)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createCostCategory(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCostCategoryInput,
  ): Promise<CostCategory> {
    return toCategory(await this.programmes.createCategory(actor, input));
  }

  @Mutation(() => CostCategory)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async updateCostCategory(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCostCategoryInput,
  ): Promise<CostCategory> {
    return toCategory(await this.programmes.updateCategory(actor, input));
  }
}
