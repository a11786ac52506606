import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MeasureReadService } from '../measure/measure-read.service';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { UserService } from '@masswerk/api/identity';
import { StatusReport } from './dtos/status-report.dto';
import { CreateStatusReportInput, UpdateStatusReportInput } from './dtos/status-report.inputs';
import { toStatusReport } from './status-report.mapper';
import { StatusReportService } from './status-report.service';

@Resolver(() => StatusReport)
@Access(AccessPolicy.AUTHENTICATED)
export class StatusReportResolver {
  constructor(
    private readonly reports: StatusReportService,
    private readonly users: UserService,
    private readonly measures: MeasureReadService,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may correct or delete this report: the project office always, its author within ' +
      'STATUS_REPORT_CORRECTION_DAYS of filing while they report on the measure.',
  })
  async viewerCanCorrect(
    @Parent() report: StatusReport,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    if (!this.reports.mayCorrect(actor, report)) return false;
    if (this.reports.isProjectOffice(actor, report)) return true;
    // the author: only while they still report on the measure (batched: one statement per page of reports)
    const measure = await this.measures.byIdLoader(ctx.loaders).load(report.measureId);
    return (
      measure !== null &&
      this.measures.viewerCanReport(actor, ctx.loaders, {
        id: measure.id,
        modelProjectId: measure.modelProjectId,
        leadUnitId: measure.leadUnitId,
      })
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Name of the author; only members of the project see it.',
  })
  async authorName(
    @Parent() report: StatusReport,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    const authorId = this.reports.visibleAuthorId(actor, report);
    if (!authorId) return null;
    return (await this.users.userLoader(ctx.loaders).load(authorId))?.displayName ?? null;
  }

  @Mutation(() => StatusReport, {
    description: 'Files a status report: traffic light, progress, achieved, next steps, risks.',
  })
  async createStatusReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateStatusReportInput,
  ): Promise<StatusReport> {
    return toStatusReport(await this.reports.create(actor, input));
  }

  @Mutation(() => StatusReport)
  async updateStatusReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateStatusReportInput,
  ): Promise<StatusReport> {
    return toStatusReport(await this.reports.update(actor, input));
  }

  @Mutation(() => ID)
  deleteStatusReport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.reports.delete(actor, id, version);
  }
}
