import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Permission } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import {
  Access,
  AccessPolicy,
  Clock,
  Ctx,
  CurrentActor,
  DomainError,
  LocalDateScalar,
  mapConnection,
  CachedRead,
} from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { HistoryEntry } from '@masswerk/api/audit';
import { ModelProject, ModelProjectService, toModelProject } from '@masswerk/api/project';
import { FieldOfAction, Goal, StrategyService, toFieldOfAction, toGoal } from '@masswerk/api/strategy';
import { TerritorialUnit, TerritorialUnitService, toTerritorialUnit } from '@masswerk/api/territory';
import { toUser, User, UserService } from '@masswerk/api/identity';
import { Measure, MeasureConnection } from './dtos/measure.dto';
import {
  CreateMeasureInput,
  MeasuresArgs,
  SetMeasureAssigneesInput,
  UpdateMeasureInput,
  UpdateMeasureProgressInput,
} from './dtos/measure.inputs';
import { toMeasure } from './measure.mapper';
import { MeasureReadService } from './measure-read.service';
import { MeasureCommandService } from './measure-command.service';

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureResolver {
  constructor(
    private readonly reader: MeasureReadService,
    private readonly commands: MeasureCommandService,
    private readonly access: AccessService,
    private readonly projects: ModelProjectService,
    private readonly strategies: StrategyService,
    private readonly units: TerritorialUnitService,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  @Query(() => LocalDateScalar, {
    description:
      'The calendar day the API counts with (TZ_BUSINESS, or MASSWERK_TODAY): due dates, freshness, and the latest ' +
      "date a status report may carry. Forms default to it rather than to the browser's clock.",
  })
  @CachedRead()
  today(): string {
    return this.clock.today();
  }

  @Query(() => MeasureConnection, { description: 'Measures the viewer may read, filtered, sorted and paged.' })
  @CachedRead()
  async measures(@CurrentActor() actor: Actor, @Args() args: MeasuresArgs): Promise<MeasureConnection> {
    return mapConnection(await this.reader.list(actor, args), (e) => toMeasure(e, this.clock.today()));
  }

  @Query(() => Measure)
  @CachedRead()
  async measure(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Measure> {
    return toMeasure(await this.reader.get(actor, id), this.clock.today());
  }

  @Query(() => Measure, { description: 'A measure by its identifier, e.g. EIF-M07.' })
  @CachedRead()
  async measureByCode(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<Measure> {
    return toMeasure(await this.reader.getByCode(actor, code), this.clock.today());
  }

  // ---- computed: progress, health and freshness are plain fields computed by toMeasure on first read ----

  @ResolveField(() => Boolean, { description: 'The viewer may change the plan of this measure.' })
  viewerCanEditPlan(@Parent() measure: Measure, @CurrentActor() actor: Actor): boolean {
    return this.access.can(actor, Permission.EDIT_PLAN, measure.modelProjectId);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may report progress on this measure.' })
  async viewerCanReport(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.reader.viewerCanReport(actor, ctx.loaders, measure);
  }

  // ---- relations, all batched ----

  @ResolveField(() => ModelProject)
  async modelProject(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<ModelProject> {
    const project = await this.projects.byIdLoader(ctx.loaders).load(measure.modelProjectId);
    if (!project) throw DomainError.notFound('Modellprojekt', measure.modelProjectId);
    return toModelProject(project);
  }

  @ResolveField(() => TerritorialUnit, { nullable: true, description: 'Lead municipality.' })
  async leadUnit(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<TerritorialUnit | null> {
    if (!measure.leadUnitId) return null;
    const unit = await this.units.byIdLoader(ctx.loaders).load(measure.leadUnitId);
    return unit && toTerritorialUnit(unit);
  }

  @ResolveField(() => [TerritorialUnit], { description: 'Participating municipalities (spatial effect).' })
  async participatingUnits(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<TerritorialUnit[]> {
    const ids = await this.reader.linkLoader(ctx.loaders, 'participatingUnitIds').load(measure.id);
    return present(await this.units.byIdLoader(ctx.loaders).loadMany(ids)).map(toTerritorialUnit);
  }

  @ResolveField(() => [TerritorialUnit], { description: 'Municipalities that adopted the measure (transfer).' })
  async adopters(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<TerritorialUnit[]> {
    const ids = await this.reader.linkLoader(ctx.loaders, 'adopterUnitIds').load(measure.id);
    return present(await this.units.byIdLoader(ctx.loaders).loadMany(ids)).map(toTerritorialUnit);
  }

  @ResolveField(() => [FieldOfAction])
  async fieldsOfAction(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<FieldOfAction[]> {
    const ids = await this.reader.linkLoader(ctx.loaders, 'fieldOfActionIds').load(measure.id);
    return present(await this.strategies.fieldByIdLoader(ctx.loaders).loadMany(ids))
      .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
      .map(toFieldOfAction);
  }

  @ResolveField(() => [Goal])
  async goals(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Goal[]> {
    const ids = await this.reader.linkLoader(ctx.loaders, 'goalIds').load(measure.id);
    return present(await this.strategies.goalByIdLoader(ctx.loaders).loadMany(ids))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(toGoal);
  }

  @ResolveField(() => [User], {
    description: 'People responsible for the measure (members of the project only see them).',
  })
  async assignees(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<User[]> {
    const ids = await this.reader.assigneeIds(actor, ctx.loaders, measure);
    return present(await this.users.userLoader(ctx.loaders).loadMany(ids)).map(toUser);
  }

  @ResolveField(() => [HistoryEntry], { description: 'Change history of the measure and its parts, newest first.' })
  async history(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<HistoryEntry[]> {
    if (limit < 1 || limit > 200) throw DomainError.badInput('limit', 'limit muss zwischen 1 und 200 liegen.');
    return this.reader.history(actor, ctx.loaders, measure, limit);
  }

  // ---- changes ----

  @Mutation(() => Measure)
  async createMeasure(@CurrentActor() actor: Actor, @Args('input') input: CreateMeasureInput): Promise<Measure> {
    return toMeasure(await this.commands.create(actor, input), this.clock.today());
  }

  @Mutation(() => Measure, { description: 'Changes the plan and profile of a measure (administrators).' })
  async updateMeasure(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeasureInput): Promise<Measure> {
    return toMeasure(await this.commands.update(actor, input), this.clock.today());
  }

  @Mutation(() => Measure, { description: 'Status, actual dates and overrides (whoever reports on the measure).' })
  async updateMeasureProgress(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateMeasureProgressInput,
  ): Promise<Measure> {
    return toMeasure(await this.commands.updateProgress(actor, input), this.clock.today());
  }

  @Mutation(() => Measure)
  async setMeasureAssignees(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetMeasureAssigneesInput,
  ): Promise<Measure> {
    return toMeasure(await this.commands.setAssignees(actor, input), this.clock.today());
  }

  @Mutation(() => ID)
  deleteMeasure(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.commands.delete(actor, id, version);
  }
}
