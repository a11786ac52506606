import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor, Permission } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, Ctx, CurrentActor, DomainError, mapConnection } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { AuditService, HistoryEntry, toHistoryEntry } from '@masswerk/api/audit';
import type { HistoryView } from '@masswerk/api/audit';
import { ModelProject, ModelProjectService, toModelProject } from '@masswerk/api/project';
import { FieldOfAction, Goal, StrategyService, toFieldOfAction, toGoal } from '@masswerk/api/strategy';
import { TerritorialUnit, TerritorialUnitService, toTerritorialUnit } from '@masswerk/api/territory';
import { toUser, User, UserService } from '@masswerk/api/identity';
import { Measure, MeasureConnection } from './dtos/measure.dto';
import { Milestone } from '../milestone/dtos/milestone.dto';
import { StatusReport } from '../status-report/dtos/status-report.dto';
import { Indicator } from '../indicator/dtos/indicator.dto';
import {
  CreateMeasureInput,
  MeasuresArgs,
  SetMeasureAssigneesInput,
  UpdateMeasureInput,
  UpdateMeasureProgressInput,
} from './dtos/measure.inputs';
import { toMeasure } from './measure.mapper';
import { toMilestone } from '../milestone/milestone.mapper';
import { toStatusReport } from '../status-report/status-report.mapper';
import { toIndicator } from '../indicator/indicator.mapper';
import { MeasureService } from './measure.service';
import { MilestoneService } from '../milestone/milestone.service';
import { StatusReportService } from '../status-report/status-report.service';
import { IndicatorService } from '../indicator/indicator.service';

/**
 * What a cluster peer sees of a measure's history, filtered in SQL before the limit: nothing about money, and no
 * fields naming people, which only members of the project see (as with `assignees` and `authorName`); updates that
 * only changed people are left out.
 */
const PEER_HISTORY: HistoryView = {
  entityTypes: ['Measure', 'Milestone', 'StatusReport', 'Indicator', 'IndicatorValue'],
  hiddenFields: ['assigneeIds', 'authorId'],
};
const PEER_ACTOR_NAME = 'Modellprojekt';

/** A peer sees what changed, not who changed it. */
function forPeer(entry: HistoryEntry): HistoryEntry {
  const hidden = new Set(PEER_HISTORY.hiddenFields);
  return { ...entry, actorName: PEER_ACTOR_NAME, changes: entry.changes.filter((c) => !hidden.has(c.field)) };
}

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureResolver {
  constructor(
    private readonly measureService: MeasureService,
    private readonly milestoneService: MilestoneService,
    private readonly reports: StatusReportService,
    private readonly indicatorService: IndicatorService,
    private readonly projects: ModelProjectService,
    private readonly strategies: StrategyService,
    private readonly units: TerritorialUnitService,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  @Query(() => MeasureConnection, { description: 'Measures the viewer may read, filtered, sorted and paged.' })
  async measures(@CurrentActor() actor: Actor, @Args() args: MeasuresArgs): Promise<MeasureConnection> {
    return mapConnection(await this.measureService.list(actor, args), (e) => toMeasure(e, this.clock.today()));
  }

  @Query(() => Measure)
  async measure(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Measure> {
    return toMeasure(await this.measureService.get(actor, id), this.clock.today());
  }

  @Query(() => Measure, { description: 'A measure by its identifier, e.g. EIF-M07.' })
  async measureByCode(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<Measure> {
    return toMeasure(await this.measureService.getByCode(actor, code), this.clock.today());
  }

  // ---- computed: progress, health and freshness are plain fields computed by toMeasure on first read ----

  @ResolveField(() => Boolean, { description: 'The viewer may change the plan of this measure.' })
  viewerCanEditPlan(@Parent() measure: Measure, @CurrentActor() actor: Actor): boolean {
    return actor.can(Permission.EDIT_PLAN, measure.modelProjectId);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may report progress on this measure.' })
  async viewerCanReport(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    if (!actor.canReadProject(measure.modelProjectId)) return false;
    const assigneeIds = await this.measureService.linkLoader(ctx.loaders, 'assigneeIds').load(measure.id);
    return actor.canReportOn({ projectId: measure.modelProjectId, leadUnitId: measure.leadUnitId, assigneeIds });
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
    const ids = await this.measureService.linkLoader(ctx.loaders, 'participatingUnitIds').load(measure.id);
    return present(await this.units.byIdLoader(ctx.loaders).loadMany(ids)).map(toTerritorialUnit);
  }

  @ResolveField(() => [TerritorialUnit], { description: 'Municipalities that adopted the measure (transfer).' })
  async adopters(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<TerritorialUnit[]> {
    const ids = await this.measureService.linkLoader(ctx.loaders, 'adopterUnitIds').load(measure.id);
    return present(await this.units.byIdLoader(ctx.loaders).loadMany(ids)).map(toTerritorialUnit);
  }

  @ResolveField(() => [FieldOfAction])
  async fieldsOfAction(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<FieldOfAction[]> {
    const ids = await this.measureService.linkLoader(ctx.loaders, 'fieldOfActionIds').load(measure.id);
    return present(await this.strategies.fieldByIdLoader(ctx.loaders).loadMany(ids))
      .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
      .map(toFieldOfAction);
  }

  @ResolveField(() => [Goal])
  async goals(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Goal[]> {
    const ids = await this.measureService.linkLoader(ctx.loaders, 'goalIds').load(measure.id);
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
    if (!actor.canReadProject(measure.modelProjectId)) return [];
    const ids = await this.measureService.linkLoader(ctx.loaders, 'assigneeIds').load(measure.id);
    return present(await this.users.userLoader(ctx.loaders).loadMany(ids)).map(toUser);
  }

  @ResolveField(() => [Milestone])
  async milestones(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Milestone[]> {
    const today = this.clock.today();
    return (await this.milestoneService.byMeasureLoader(ctx.loaders).load(measure.id)).map((m) =>
      toMilestone(m, today),
    );
  }

  @ResolveField(() => [StatusReport], { description: 'Newest first.' })
  async statusReports(
    @Parent() measure: Measure,
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<StatusReport[]> {
    if (limit < 1 || limit > 100) throw DomainError.badInput('limit', 'limit muss zwischen 1 und 100 liegen.');
    return (await this.reports.byMeasureLoader(ctx.loaders, limit).load(measure.id)).map(toStatusReport);
  }

  @ResolveField(() => StatusReport, { nullable: true })
  async latestStatusReport(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<StatusReport | null> {
    const [latest] = await this.reports.byMeasureLoader(ctx.loaders, 1).load(measure.id);
    return latest ? toStatusReport(latest) : null;
  }

  @ResolveField(() => [Indicator])
  async indicators(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Indicator[]> {
    return (await this.indicatorService.byMeasureLoader(ctx.loaders).load(measure.id)).map(toIndicator);
  }

  @ResolveField(() => [HistoryEntry], { description: 'Change history of the measure and its parts, newest first.' })
  async history(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<HistoryEntry[]> {
    if (limit < 1 || limit > 200) throw DomainError.badInput('limit', 'limit muss zwischen 1 und 200 liegen.');
    if (actor.canReadProject(measure.modelProjectId))
      return (await this.measureService.historyLoader(ctx.loaders, limit).load(measure.id)).map(toHistoryEntry);
    const entries = await this.measureService.historyLoader(ctx.loaders, limit, PEER_HISTORY).load(measure.id);
    return entries.map(toHistoryEntry).map(forPeer);
  }

  // ---- changes ----

  @Mutation(() => Measure)
  async createMeasure(@CurrentActor() actor: Actor, @Args('input') input: CreateMeasureInput): Promise<Measure> {
    return toMeasure(await this.measureService.create(actor, input), this.clock.today());
  }

  @Mutation(() => Measure, { description: 'Changes the plan and profile of a measure (administrators).' })
  async updateMeasure(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeasureInput): Promise<Measure> {
    return toMeasure(await this.measureService.update(actor, input), this.clock.today());
  }

  @Mutation(() => Measure, { description: 'Status, actual dates and overrides (whoever reports on the measure).' })
  async updateMeasureProgress(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateMeasureProgressInput,
  ): Promise<Measure> {
    return toMeasure(await this.measureService.updateProgress(actor, input), this.clock.today());
  }

  @Mutation(() => Measure)
  async setMeasureAssignees(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetMeasureAssigneesInput,
  ): Promise<Measure> {
    return toMeasure(await this.measureService.setAssignees(actor, input), this.clock.today());
  }

  @Mutation(() => ID)
  deleteMeasure(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.measureService.delete(actor, id, version);
  }
}

/** A model project's measures, as a connection with the same filters, and what changed in them. */
@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ModelProjectMeasuresResolver {
  constructor(
    private readonly measureService: MeasureService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [HistoryEntry], {
    description: 'Changes to the agenda since a point in time, newest first (members only).',
  })
  async changes(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Args('since', { type: () => GraphQLISODateTime }) since: Date,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<HistoryEntry[]> {
    if (!actor.canReadProject(project.id)) throw DomainError.forbidden();
    if (limit < 1 || limit > 200) throw DomainError.badInput('limit', 'limit muss zwischen 1 und 200 liegen.');
    return (await this.audit.forProjectSince(project.id, since, limit, null)).map(toHistoryEntry);
  }

  @ResolveField(() => MeasureConnection)
  async measures(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args() args: MeasuresArgs,
  ): Promise<MeasureConnection> {
    if (args.after) {
      const filter = { ...args.filter, modelProjectIds: [project.id] };
      return mapConnection(await this.measureService.list(actor, { ...args, filter }), (e) =>
        toMeasure(e, this.clock.today()),
      );
    }
    // the first page of every project in the response at once (a cluster with its projects and their measures)
    const page = await this.measureService.firstPageByProjectLoader(ctx.loaders, actor, args).load(project.id);
    return mapConnection(page, (e) => toMeasure(e, this.clock.today()));
  }
}

/** The measure a history entry belongs to (for change feeds across a project). */
@Resolver(() => HistoryEntry)
@Access(AccessPolicy.AUTHENTICATED)
export class HistoryEntryMeasureResolver {
  constructor(
    private readonly measureService: MeasureService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Measure, { nullable: true })
  async measure(
    @Parent() entry: HistoryEntry,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<Measure | null> {
    if (!entry.measureId) return null;
    const measure = await this.measureService.byIdLoader(ctx.loaders).load(entry.measureId);
    return measure && actor.canReadMeasure({ projectId: measure.modelProjectId, published: measure.published })
      ? toMeasure(measure, this.clock.today())
      : null;
  }
}
