import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor, mapConnection, PageArgs, CachedRead } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Cluster, ClusterConnection, ModelProject } from './dtos/model-project.dto';
import { CreateClusterInput, UpdateClusterInput } from './dtos/model-project.inputs';
import { toCluster, toModelProject } from './model-project.mapper';
import { ClusterService } from './cluster.service';
import { ModelProjectService } from './model-project.service';

@Resolver(() => Cluster)
@Access(AccessPolicy.AUTHENTICATED)
export class ClusterResolver {
  constructor(
    private readonly clusterService: ClusterService,
    private readonly projects: ModelProjectService,
  ) {}

  @Query(() => ClusterConnection, { description: 'Clusters the viewer takes part in.' })
  @CachedRead()
  async clusters(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<ClusterConnection> {
    return mapConnection(await this.clusterService.list(actor, args), toCluster);
  }

  @Query(() => Cluster)
  @CachedRead()
  async cluster(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Cluster> {
    return toCluster(await this.clusterService.get(actor, id));
  }

  @ResolveField(() => [ModelProject], { description: 'The model projects of the cluster the viewer may see.' })
  async modelProjects(
    @Parent() cluster: Cluster,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<ModelProject[]> {
    return (await this.projects.byClusterLoader(ctx.loaders, actor).load(cluster.id)).map(toModelProject);
  }

  @Mutation(() => Cluster)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createCluster(@CurrentActor() actor: Actor, @Args('input') input: CreateClusterInput): Promise<Cluster> {
    return toCluster(await this.clusterService.create(actor, input));
  }

  @Mutation(() => Cluster)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async updateCluster(@CurrentActor() actor: Actor, @Args('input') input: UpdateClusterInput): Promise<Cluster> {
    return toCluster(await this.clusterService.update(actor, input));
  }

  @Mutation(() => ID)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  deleteCluster(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.clusterService.delete(actor, id, version);
  }
}
