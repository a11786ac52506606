import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import {
  Clock,
  deleteVersioned,
  DomainError,
  groupByKeys,
  LoaderRegistry,
  lockById,
  updateVersioned,
} from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { StatusReportEntity } from './status-report.entity';
import { CreateStatusReportInput, UpdateStatusReportInput } from './dtos/status-report.inputs';
import { MeasureService, MeasureWithLinks } from '../measure/measure.service';
import { REFRESH_MEASURE_METRICS_SQL } from '../measure-rules.sql';

const LABEL = 'Statusbericht';
export const MAX_REPORTS_PER_MEASURE = 100;

/** Status reports: filed by whoever reports on the measure; corrected by their author or an administrator. */
@Injectable()
export class StatusReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measures: MeasureService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
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

  async create(actor: Actor, input: CreateStatusReportInput): Promise<StatusReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.measures.lockForChange(manager, input.measureId);
      this.measures.assertCanReport(actor, locked);
      const reportDate = input.reportDate ?? this.clock.today();
      this.checkDate(reportDate);
      const report = await manager.save(
        manager.create(StatusReportEntity, {
          measureId: locked.measure.id,
          modelProjectId: locked.measure.modelProjectId,
          reportDate,
          trafficLight: input.trafficLight,
          progress: input.progress,
          achieved: input.achieved?.trim() ?? '',
          nextSteps: input.nextSteps?.trim() ?? '',
          risks: input.risks?.trim() ?? '',
          authorId: actor.userId,
        }),
      );
      await this.afterChange(manager, actor, 'CREATE', null, report);
      return report;
    });
  }

  async update(actor: Actor, input: UpdateStatusReportInput): Promise<StatusReportEntity> {
    return this.change(input.id, async (manager, before, locked) => {
      this.measures.assertCanReport(actor, locked);
      if (before.authorId !== actor.userId && !actor.can(Permission.EDIT_PLAN, before.modelProjectId)) {
        throw DomainError.forbidden('Einen Statusbericht korrigieren nur seine Verfasserin oder die Administration.');
      }
      const { id, version, ...patch } = input;
      const clean = Object.fromEntries(
        Object.entries(patch).filter(([, v]) => v !== undefined),
      ) as Partial<StatusReportEntity>;
      if (clean.reportDate) this.checkDate(clean.reportDate);
      for (const text of ['achieved', 'nextSteps', 'risks'] as const) if (clean[text]) clean[text] = clean[text].trim();
      const after = await updateVersioned(manager, StatusReportEntity, id, version, clean, LABEL);
      await this.afterChange(manager, actor, 'UPDATE', before, after);
      return after;
    });
  }

  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.change(id, async (manager, before) => {
      if (!actor.can(Permission.EDIT_PLAN, before.modelProjectId))
        throw DomainError.forbidden('Statusberichte löscht nur die Administration.');
      await deleteVersioned(manager, StatusReportEntity, id, version, LABEL);
      await this.afterChange(manager, actor, 'DELETE', before, null);
      return id;
    });
  }

  private checkDate(reportDate: string): void {
    if (reportDate > this.clock.today())
      throw DomainError.badInput('input.reportDate', 'Ein Statusbericht kann nicht in der Zukunft datiert sein.');
  }

  /** Locks the measure first, then the report: every writer takes locks in that order, so none deadlock. */
  private change<T>(
    id: string,
    work: (manager: EntityManager, before: StatusReportEntity, locked: MeasureWithLinks) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const peek = await manager.findOneBy(StatusReportEntity, { id });
      if (!peek) throw DomainError.notFound(LABEL, id);
      const locked = await this.measures.lockForChange(manager, peek.measureId);
      return work(manager, await lockById(manager, StatusReportEntity, id, LABEL), locked);
    });
  }

  private async afterChange(
    manager: EntityManager,
    actor: Actor,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    before: StatusReportEntity | null,
    after: StatusReportEntity | null,
  ): Promise<void> {
    const subject = (after ?? before) as StatusReportEntity;
    await manager.query(REFRESH_MEASURE_METRICS_SQL, [[subject.measureId]]);
    await this.audit.record(manager, actor, {
      entityType: 'StatusReport',
      entityId: subject.id,
      action,
      modelProjectId: subject.modelProjectId,
      measureId: subject.measureId,
      before,
      after,
    });
  }
}
