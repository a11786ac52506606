import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { CostPlanEntry, Expenditure } from './dtos/cost.dto';
import { CreateExpenditureInput, SetCostPlanEntryInput, UpdateExpenditureInput } from './dtos/cost.inputs';
import { toCostPlanEntry, toExpenditure } from './cost.mapper';
import { CostService } from './cost.service';

/** Cost plans and expenditures of measures. */
@Resolver(() => Expenditure)
@Access(AccessPolicy.AUTHENTICATED)
export class CostResolver {
  constructor(private readonly costs: CostService) {}

  @Mutation(() => CostPlanEntry, {
    nullable: true,
    description: 'Sets one cell of a cost plan; returns null when set to zero (removed).',
  })
  async setCostPlanEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetCostPlanEntryInput,
  ): Promise<CostPlanEntry | null> {
    const entry = await this.costs.setCostPlanEntry(actor, input);
    return entry && toCostPlanEntry(entry);
  }

  @Mutation(() => Expenditure, { description: 'Records an actual expenditure of a measure.' })
  async createExpenditure(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateExpenditureInput,
  ): Promise<Expenditure> {
    return toExpenditure(await this.costs.createExpenditure(actor, input));
  }

  @Mutation(() => Expenditure)
  async updateExpenditure(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateExpenditureInput,
  ): Promise<Expenditure> {
    return toExpenditure(await this.costs.updateExpenditure(actor, input));
  }

  @Mutation(() => ID)
  deleteExpenditure(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.costs.deleteExpenditure(actor, id, version);
  }
}
