import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess } from '@masswerk/api/access';
import { Clock, definedOnly, DomainError, groupByKeys, LoaderRegistry } from '@masswerk/api/core';
import { StatusReportEntity } from './status-report.entity';
import { StatusReport } from './dtos/status-report.dto';
import { CreateStatusReportInput, UpdateStatusReportInput } from './dtos/status-report.inputs';
import { MeasurePart, MeasureParts } from '../measure/measure-parts';

/** Reports feed the measure's latest report date, progress and traffic light. */
const STATUS_REPORT: MeasurePart<StatusReportEntity> = {
  entity: StatusReportEntity,
  type: 'StatusReport',
  label: 'Statusbericht',
  refreshesMeasure: true,
};
export const MAX_REPORTS_PER_MEASURE = 100;

/** Status reports: filed by whoever reports on the measure; corrected by their author or an administrator. */
@Injectable()
export class StatusReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parts: MeasureParts,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The newest `limit` reports of many measures in one statement. */
  byMeasureLoader(loaders: LoaderRegistry, limit: number): DataLoader<string, StatusReportEntity[]> {
    return loaders.get(
      Symbol.for(`statusReportsByMeasure:${limit}`),
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(StatusReportEntity)
            .createQueryBuilder('r')
            .where(
              `r.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY measure_id ORDER BY report_date DESC, created_at DESC) AS rn
                                        FROM status_report WHERE measure_id = ANY(CAST(:ids AS uuid[]))) x WHERE rn <= :limit)`,
              { ids, limit },
            )
            .orderBy('r.report_date', 'DESC')
            .addOrderBy('r.created_at', 'DESC')
            .getMany();
          return groupByKeys(ids, rows, (r) => r.measureId);
        }),
    );
  }

  /** The author of a report as the actor may see it: only members of the project see who wrote it. */
  visibleAuthorId(actor: Actor, report: StatusReport): string | null {
    return report.authorId && this.access.can(actor, Permission.READ_PROJECT, report.modelProjectId)
      ? report.authorId
      : null;
  }

  create(actor: Actor, input: CreateStatusReportInput): Promise<StatusReportEntity> {
    return this.parts.create(actor, STATUS_REPORT, input.measureId, MeasureAccess.REPORT_PROGRESS, (measure) => {
      const reportDate = input.reportDate ?? this.clock.today();
      this.checkDate(reportDate);
      return {
        measureId: measure.id,
        modelProjectId: measure.projectId,
        reportDate,
        trafficLight: input.trafficLight,
        progress: input.progress,
        achieved: input.achieved?.trim() ?? '',
        nextSteps: input.nextSteps?.trim() ?? '',
        risks: input.risks?.trim() ?? '',
        authorId: actor.userId,
      };
    });
  }

  update(actor: Actor, { id, version, ...input }: UpdateStatusReportInput): Promise<StatusReportEntity> {
    return this.parts.update(actor, STATUS_REPORT, id, version, MeasureAccess.REPORT_PROGRESS, (before) => {
      if (before.authorId !== actor.userId)
        this.access.requireAccess(
          actor,
          Permission.EDIT_PLAN,
          before.modelProjectId,
          'Einen Statusbericht korrigieren nur seine Verfasserin oder die Administration.',
        );
      const patch = definedOnly(input) as Partial<StatusReportEntity>;
      if (patch.reportDate) this.checkDate(patch.reportDate);
      for (const text of ['achieved', 'nextSteps', 'risks'] as const) if (patch[text]) patch[text] = patch[text].trim();
      return patch;
    });
  }

  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.parts.remove(actor, STATUS_REPORT, id, version, MeasureAccess.EDIT_PLAN, {
      refused: 'Statusberichte löscht nur die Administration.',
    });
  }

  private checkDate(reportDate: string): void {
    if (reportDate > this.clock.today())
      throw DomainError.badInput('input.reportDate', 'Ein Statusbericht kann nicht in der Zukunft datiert sein.');
  }
}
