import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor, addDays, ErrorReason, Permission } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess } from '@masswerk/api/access';
import { APP_CONFIG, Clock, definedOnly, DomainError, groupByKeys, LoaderRegistry } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
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

/**
 * Status reports: filed by whoever reports on the measure; corrected or deleted by their author within
 * `STATUS_REPORT_CORRECTION_DAYS` of filing (while they still report on the measure), or by the project office.
 */
@Injectable()
export class StatusReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parts: MeasureParts,
    private readonly access: AccessService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The project office (and platform administrators) may correct and delete every report of the project. */
  isProjectOffice(actor: Actor, report: Pick<StatusReport, 'modelProjectId'>): boolean {
    return this.access.can(actor, Permission.EDIT_PLAN, report.modelProjectId);
  }

  /** The last day on which the author may still correct or delete a report filed at `createdAt`. */
  correctableUntil(createdAt: Date): string {
    return addDays(this.clock.dayOf(createdAt), this.config.statusReportCorrectionDays);
  }

  /**
   * Whether the actor may correct or delete the report, as far as the report itself tells: the project office
   * always, the author within the window. (Whether the author still reports on the measure is asked separately.)
   */
  mayCorrect(actor: Actor, report: Pick<StatusReport, 'authorId' | 'modelProjectId' | 'createdAt'>): boolean {
    if (this.isProjectOffice(actor, report)) return true;
    return (
      report.authorId !== null &&
      report.authorId === actor.userId &&
      this.clock.today() <= this.correctableUntil(report.createdAt)
    );
  }

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
      this.requireCorrectable(actor, before, 'korrigieren');
      const patch = definedOnly(input) as Partial<StatusReportEntity>;
      if (patch.reportDate) this.checkDate(patch.reportDate);
      for (const text of ['achieved', 'nextSteps', 'risks'] as const) if (patch[text]) patch[text] = patch[text].trim();
      return patch;
    });
  }

  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.parts.remove(actor, STATUS_REPORT, id, version, MeasureAccess.REPORT_PROGRESS, {
      refused: 'Einen Statusbericht löschen nur seine Verfasserin oder die Administration.',
      takesAlong: async (_manager, before) => this.requireCorrectable(actor, before, 'löschen'),
    });
  }

  /** Refuses another's report (NOT_PERMITTED) and one's own after the window (CORRECTION_WINDOW_CLOSED). */
  private requireCorrectable(actor: Actor, report: StatusReportEntity, verb: 'korrigieren' | 'löschen'): void {
    if (this.mayCorrect(actor, report)) return;
    if (report.authorId !== actor.userId)
      throw DomainError.forbidden(`Einen Statusbericht ${verb} nur seine Verfasserin oder die Administration.`);
    const until = this.correctableUntil(report.createdAt);
    throw DomainError.forbidden(
      `Ihren Statusbericht konnten Sie bis zum ${until.split('-').reverse().join('.')} ${verb}; ` +
        'jetzt kann das nur noch die Administration.',
      ErrorReason.CORRECTION_WINDOW_CLOSED,
    );
  }

  private checkDate(reportDate: string): void {
    if (reportDate > this.clock.today())
      throw DomainError.badInput(
        'input.reportDate',
        'Ein Statusbericht kann nicht in der Zukunft datiert sein.',
        ErrorReason.DATE_IN_FUTURE,
      );
  }
}
