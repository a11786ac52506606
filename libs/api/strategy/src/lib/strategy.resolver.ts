import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor, DomainError, CachedRead } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { ModelProject } from '@masswerk/api/project';
import { FieldOfAction, Goal, Strategy, StrategyVersion } from './dtos/strategy.dto';
import {
  AddStrategyVersionInput,
  CreateFieldOfActionInput,
  CreateGoalInput,
  CreateStrategyInput,
  UpdateFieldOfActionInput,
  UpdateGoalInput,
  UpdateStrategyInput,
  UpdateStrategyVersionInput,
} from './dtos/strategy.inputs';
import { toFieldOfAction, toGoal, toStrategy, toStrategyVersion } from './strategy.mapper';
import { StrategyService } from './strategy.service';

/** Adds the strategy to a model project; the project itself was already access-checked when it was loaded. */
@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ModelProjectStrategyResolver {
  constructor(private readonly strategies: StrategyService) {}

  @ResolveField(() => Strategy, { nullable: true })
  async strategy(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<Strategy | null> {
    const strategy = await this.strategies.strategyByProjectLoader(ctx.loaders).load(project.id);
    return strategy && toStrategy(strategy);
  }

  @ResolveField(() => [FieldOfAction], { description: 'Fields of action (Handlungsfelder), in their order.' })
  async fieldsOfAction(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<FieldOfAction[]> {
    return (await this.strategies.fieldsByProjectLoader(ctx.loaders).load(project.id)).map(toFieldOfAction);
  }
}

@Resolver(() => Strategy)
@Access(AccessPolicy.AUTHENTICATED)
export class StrategyResolver {
  constructor(private readonly strategies: StrategyService) {}

  @ResolveField(() => [StrategyVersion], { description: 'All versions, newest first.' })
  async versions(@Parent() strategy: Strategy, @Ctx() ctx: RequestContext): Promise<StrategyVersion[]> {
    return (await this.strategies.versionsByStrategyLoader(ctx.loaders).load(strategy.id)).map(toStrategyVersion);
  }

  @ResolveField(() => StrategyVersion, {
    nullable: true,
    description: 'The newest adopted version, else the newest draft.',
  })
  async currentVersion(@Parent() strategy: Strategy, @Ctx() ctx: RequestContext): Promise<StrategyVersion | null> {
    const versions = await this.strategies.versionsByStrategyLoader(ctx.loaders).load(strategy.id);
    const current = versions.find((v) => v.adoptedOn) ?? versions[0];
    return current ? toStrategyVersion(current) : null;
  }

  @Mutation(() => Strategy)
  async createStrategy(@CurrentActor() actor: Actor, @Args('input') input: CreateStrategyInput): Promise<Strategy> {
    return toStrategy(await this.strategies.createStrategy(actor, input));
  }

  @Mutation(() => Strategy)
  async updateStrategy(@CurrentActor() actor: Actor, @Args('input') input: UpdateStrategyInput): Promise<Strategy> {
    return toStrategy(await this.strategies.updateStrategy(actor, input));
  }

  @Mutation(() => StrategyVersion, { description: 'Adds a new version (numbered automatically).' })
  async addStrategyVersion(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddStrategyVersionInput,
  ): Promise<StrategyVersion> {
    return toStrategyVersion(await this.strategies.addVersion(actor, input));
  }

  @Mutation(() => StrategyVersion)
  async updateStrategyVersion(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateStrategyVersionInput,
  ): Promise<StrategyVersion> {
    return toStrategyVersion(await this.strategies.updateVersion(actor, input));
  }

  @Mutation(() => ID)
  deleteStrategyVersion(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.strategies.deleteVersion(actor, id, version);
  }
}

@Resolver(() => FieldOfAction)
@Access(AccessPolicy.AUTHENTICATED)
export class FieldOfActionResolver {
  constructor(private readonly strategies: StrategyService) {}

  @Query(() => [FieldOfAction], { description: 'Fields of action of a model project.' })
  @CachedRead()
  async fieldsOfAction(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FieldOfAction[]> {
    return (await this.strategies.fieldsOfProject(actor, projectId, ctx.loaders)).map(toFieldOfAction);
  }

  @ResolveField(() => [Goal])
  async goals(@Parent() field: FieldOfAction, @Ctx() ctx: RequestContext): Promise<Goal[]> {
    return (await this.strategies.goalsByFieldLoader(ctx.loaders).load(field.id)).map(toGoal);
  }

  @Mutation(() => FieldOfAction)
  async createFieldOfAction(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateFieldOfActionInput,
  ): Promise<FieldOfAction> {
    return toFieldOfAction(await this.strategies.createField(actor, input));
  }

  @Mutation(() => FieldOfAction)
  async updateFieldOfAction(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFieldOfActionInput,
  ): Promise<FieldOfAction> {
    return toFieldOfAction(await this.strategies.updateField(actor, input));
  }

  @Mutation(() => ID, {
    description: 'Deletes the field of action with its goals; measures lose the link, each with a history entry.',
  })
  deleteFieldOfAction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.strategies.deleteField(actor, id, version);
  }
}

@Resolver(() => Goal)
@Access(AccessPolicy.AUTHENTICATED)
export class GoalResolver {
  constructor(private readonly strategies: StrategyService) {}

  @ResolveField(() => FieldOfAction)
  async fieldOfAction(@Parent() goal: Goal, @Ctx() ctx: RequestContext): Promise<FieldOfAction> {
    const field = await this.strategies.fieldByIdLoader(ctx.loaders).load(goal.fieldOfActionId);
    if (!field) throw DomainError.notFound('Handlungsfeld', goal.fieldOfActionId);
    return toFieldOfAction(field);
  }

  @Mutation(() => Goal)
  async createGoal(@CurrentActor() actor: Actor, @Args('input') input: CreateGoalInput): Promise<Goal> {
    return toGoal(await this.strategies.createGoal(actor, input));
  }

  @Mutation(() => Goal)
  async updateGoal(@CurrentActor() actor: Actor, @Args('input') input: UpdateGoalInput): Promise<Goal> {
    return toGoal(await this.strategies.updateGoal(actor, input));
  }

  @Mutation(() => ID)
  deleteGoal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.strategies.deleteGoal(actor, id, version);
  }
}
