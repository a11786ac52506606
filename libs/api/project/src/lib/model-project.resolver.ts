import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Permission, Role } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import { Access, AccessPolicy, Ctx, CurrentActor, DomainError, mapConnection, CachedRead } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { TerritorialUnit, TerritorialUnitService, toTerritorialUnit } from '@masswerk/api/territory';
import { Cluster, ModelProject, ModelProjectConnection } from './dtos/model-project.dto';
import { CreateModelProjectInput, ModelProjectsArgs, UpdateModelProjectInput } from './dtos/model-project.inputs';
import { toCluster, toModelProject } from './model-project.mapper';
import { ModelProjectService } from './model-project.service';
import { ClusterService } from './cluster.service';

@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ModelProjectResolver {
  constructor(
    private readonly projects: ModelProjectService,
    private readonly clusters: ClusterService,
    private readonly units: TerritorialUnitService,
    private readonly access: AccessService,
  ) {}

  @Query(() => ModelProjectConnection, {
    description: 'Model projects the viewer belongs to, and their cluster peers.',
  })
  @CachedRead()
  async modelProjects(@CurrentActor() actor: Actor, @Args() args: ModelProjectsArgs): Promise<ModelProjectConnection> {
    return mapConnection(await this.projects.list(actor, args), toModelProject);
  }

  @Query(() => ModelProject, { description: 'One model project, by id or by code.' })
  @CachedRead()
  async modelProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('code', { nullable: true }) code?: string,
  ): Promise<ModelProject> {
    if (id) return toModelProject(await this.projects.get(actor, id));
    if (code) return toModelProject(await this.projects.getByCode(actor, code));
    throw DomainError.badInput('id', 'Geben Sie id oder code an.');
  }

  @ResolveField(() => TerritorialUnit, { description: 'The lead body (Landkreis or city).' })
  async leadUnit(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<TerritorialUnit> {
    const unit = await this.units.byIdLoader(ctx.loaders).load(project.leadUnitId);
    if (!unit) throw DomainError.notFound('Gebietseinheit', project.leadUnitId);
    return toTerritorialUnit(unit);
  }

  @ResolveField(() => [TerritorialUnit], { description: 'Member municipalities.' })
  async members(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<TerritorialUnit[]> {
    const ids = await this.projects.memberIdsLoader(ctx.loaders).load(project.id);
    const units = await this.units.byIdLoader(ctx.loaders).loadMany(ids);
    return units
      .filter((u): u is Exclude<typeof u, Error | null> => !!u && !(u instanceof Error))
      .map(toTerritorialUnit);
  }

  @ResolveField(() => Cluster, { nullable: true })
  async cluster(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<Cluster | null> {
    if (!project.clusterId) return null;
    const cluster = await this.clusters.byIdLoader(ctx.loaders).load(project.clusterId);
    return cluster && toCluster(cluster);
  }

  @ResolveField(() => Role, { nullable: true, description: "The viewer's role here; null for a cluster peer." })
  viewerRole(@Parent() project: ModelProject, @CurrentActor() actor: Actor): Role | null {
    return this.access.roleIn(actor, project.id);
  }

  @ResolveField(() => [Permission], { description: 'What the viewer may do in this project.' })
  viewerPermissions(@Parent() project: ModelProject, @CurrentActor() actor: Actor): Permission[] {
    return this.access.permissionsIn(actor, project.id);
  }

  @Mutation(() => ModelProject)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createModelProject(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateModelProjectInput,
  ): Promise<ModelProject> {
    return toModelProject(await this.projects.create(actor, input));
  }

  @Mutation(() => ModelProject, { description: 'Project administrators change name, office, phases and members.' })
  async updateModelProject(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateModelProjectInput,
  ): Promise<ModelProject> {
    return toModelProject(await this.projects.update(actor, input));
  }

  @Mutation(() => ID, {
    description:
      'Deletes the project with its plan; returns its id. CONFLICT while it has status reports or money records.',
  })
  @Access(AccessPolicy.PLATFORM_ADMIN)
  deleteModelProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.projects.delete(actor, id, version);
  }
}
