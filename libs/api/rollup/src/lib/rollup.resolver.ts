import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor, CachedRead } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { MeasureFilter } from '@masswerk/api/measure';
import { Cluster, ModelProject, ModelProjectService, toModelProject } from '@masswerk/api/project';
import { FieldOfAction, StrategyService, toFieldOfAction } from '@masswerk/api/strategy';
import { TerritorialUnit, TerritorialUnitService, toTerritorialUnit } from '@masswerk/api/territory';
import { PortfolioSummary, SummaryDimension, SummaryGroup } from './dtos/summary.dto';
import { RollupService } from './rollup.service';

@Resolver(() => SummaryGroup)
@Access(AccessPolicy.AUTHENTICATED)
export class SummaryResolver {
  constructor(
    private readonly rollups: RollupService,
    private readonly strategies: StrategyService,
    private readonly units: TerritorialUnitService,
    private readonly projects: ModelProjectService,
  ) {}

  @Query(() => PortfolioSummary, { description: 'Summary of the measures the viewer may read that match the filter.' })
  @CachedRead()
  portfolioSummary(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => MeasureFilter, nullable: true }) filter?: MeasureFilter,
  ): Promise<PortfolioSummary> {
    return this.rollups.summary(actor, filter);
  }

  @Query(() => [SummaryGroup], { description: 'Summaries per field of action, municipality or model project.' })
  @CachedRead()
  async portfolioBreakdown(
    @CurrentActor() actor: Actor,
    @Args('by', { type: () => SummaryDimension }) by: SummaryDimension,
    @Args('filter', { type: () => MeasureFilter, nullable: true }) filter?: MeasureFilter,
  ): Promise<SummaryGroup[]> {
    return (await this.rollups.breakdown(actor, filter, by)).map((g) => ({ ...g, dimension: by }));
  }

  @ResolveField(() => FieldOfAction, { nullable: true })
  async fieldOfAction(@Parent() group: SummaryGroup, @Ctx() ctx: RequestContext): Promise<FieldOfAction | null> {
    if (group.dimension !== SummaryDimension.FIELD_OF_ACTION) return null;
    const field = await this.strategies.fieldByIdLoader(ctx.loaders).load(group.key);
    return field && toFieldOfAction(field);
  }

  @ResolveField(() => TerritorialUnit, { nullable: true })
  async municipality(@Parent() group: SummaryGroup, @Ctx() ctx: RequestContext): Promise<TerritorialUnit | null> {
    if (group.dimension !== SummaryDimension.MUNICIPALITY) return null;
    const unit = await this.units.byIdLoader(ctx.loaders).load(group.key);
    return unit && toTerritorialUnit(unit);
  }

  @ResolveField(() => ModelProject, { nullable: true })
  async modelProject(@Parent() group: SummaryGroup, @Ctx() ctx: RequestContext): Promise<ModelProject | null> {
    if (group.dimension !== SummaryDimension.MODEL_PROJECT) return null;
    const project = await this.projects.byIdLoader(ctx.loaders).load(group.key);
    return project && toModelProject(project);
  }
}

@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ModelProjectSummaryResolver {
  constructor(private readonly rollups: RollupService) {}

  @ResolveField(() => PortfolioSummary, {
    description: 'Where the measures of the project stand (for peers: only published ones).',
  })
  summary(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<PortfolioSummary> {
    return this.rollups.projectSummaryLoader(ctx.loaders, actor).load(project.id);
  }

  @ResolveField(() => [SummaryGroup], {
    description: "The project's measures summarised per field of action or per municipality.",
  })
  async breakdown(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args('by', { type: () => SummaryDimension }) by: SummaryDimension,
  ): Promise<SummaryGroup[]> {
    return (await this.rollups.breakdownLoader(ctx.loaders, actor, by).load(project.id)).map((g) => ({
      ...g,
      dimension: by,
    }));
  }
}

@Resolver(() => Cluster)
@Access(AccessPolicy.AUTHENTICATED)
export class ClusterSummaryResolver {
  constructor(
    private readonly rollups: RollupService,
    private readonly projects: ModelProjectService,
  ) {}

  @ResolveField(() => PortfolioSummary, { description: 'All measures of the cluster the viewer may read.' })
  async summary(
    @Parent() cluster: Cluster,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<PortfolioSummary> {
    const projects = await this.projects.byClusterLoader(ctx.loaders, actor).load(cluster.id);
    return this.rollups.summary(actor, { modelProjectIds: projects.map((p) => p.id) });
  }
}
