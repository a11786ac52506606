import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { Clock, deleteVersioned, DomainError, LoaderRegistry, lockById, updateVersioned } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { MilestoneEntity } from './milestone.entity';
import type { MilestoneRow } from './milestone.mapper';
import { CreateMilestoneInput, ReportMilestoneInput, UpdateMilestoneInput } from './dtos/milestone.inputs';
import { MeasureService, MeasureWithLinks } from '../measure/measure.service';
import { REFRESH_MEASURE_METRICS_SQL } from '../measure-rules.sql';

const LABEL = 'Meilenstein';

/** Milestones: administrators plan them (title, baseline, weight); whoever reports on the measure forecasts and completes them. */
/** Milestones per measure as JSON whose keys are MilestoneRow's properties, in the order the measure page shows. */
const MILESTONES_BY_MEASURE_SQL = `
  SELECT measure_id AS "measureId",
         json_agg(json_build_object(
           'id', id, 'measureId', measure_id, 'modelProjectId', model_project_id, 'title', title,
           'description', description, 'baselineDate', baseline_date, 'forecastDate', forecast_date,
           'completedOn', completed_on, 'weight', weight, 'sortOrder', sort_order, 'version', version
         ) ORDER BY sort_order, baseline_date, id) AS milestones
    FROM milestone WHERE measure_id = ANY($1::uuid[])
   GROUP BY measure_id`;

@Injectable()
export class MilestoneService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measures: MeasureService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The milestones of many measures in one statement, aggregated per measure by PostgreSQL (one row per measure). */
  byMeasureLoader(loaders: LoaderRegistry): DataLoader<string, MilestoneRow[]> {
    return loaders.get(
      Symbol.for('milestonesByMeasure'),
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows: { measureId: string; milestones: MilestoneRow[] }[] = await this.dataSource.query(
            MILESTONES_BY_MEASURE_SQL,
            [ids],
          );
          const byMeasure = new Map(rows.map((r) => [r.measureId, r.milestones]));
          return ids.map((id) => byMeasure.get(id) ?? []);
        }),
    );
  }

  async create(actor: Actor, input: CreateMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { measure } = await this.measures.lockForChange(manager, input.measureId);
      this.measures.assertCanPlan(actor, measure);
      const milestone = await manager.save(
        manager.create(MilestoneEntity, {
          measureId: measure.id,
          modelProjectId: measure.modelProjectId,
          title: input.title.trim(),
          description: input.description ?? '',
          baselineDate: input.baselineDate,
          forecastDate: input.forecastDate ?? null,
          weight: input.weight ?? 1,
          sortOrder: input.sortOrder ?? 0,
        }),
      );
      await this.afterChange(manager, actor, 'CREATE', null, milestone);
      return milestone;
    });
  }

  async update(actor: Actor, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.change(input.id, async (manager, before, locked) => {
      this.measures.assertCanPlan(actor, locked.measure);
      const { id, version, ...patch } = input;
      const clean = Object.fromEntries(
        Object.entries(patch).filter(([, v]) => v !== undefined),
      ) as Partial<MilestoneEntity>;
      if (clean.title) clean.title = clean.title.trim();
      const after = await updateVersioned(manager, MilestoneEntity, id, version, clean, LABEL);
      await this.afterChange(manager, actor, 'UPDATE', before, after);
      return after;
    });
  }

  async report(actor: Actor, input: ReportMilestoneInput): Promise<MilestoneEntity> {
    return this.change(input.id, async (manager, before, locked) => {
      this.measures.assertCanReport(actor, locked);
      const patch: Partial<MilestoneEntity> = {};
      if (input.forecastDate !== undefined) patch.forecastDate = input.forecastDate;
      if (input.completedOn !== undefined) {
        if (input.completedOn && input.completedOn > this.clock.today()) {
          throw DomainError.badInput('input.completedOn', 'Ein Meilenstein kann nicht in der Zukunft erreicht werden.');
        }
        patch.completedOn = input.completedOn;
      }
      const after = await updateVersioned(manager, MilestoneEntity, input.id, input.version, patch, LABEL);
      await this.afterChange(manager, actor, 'UPDATE', before, after);
      return after;
    });
  }

  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.change(id, async (manager, before, locked) => {
      this.measures.assertCanPlan(actor, locked.measure);
      await deleteVersioned(manager, MilestoneEntity, id, version, LABEL);
      await this.afterChange(manager, actor, 'DELETE', before, null);
      return id;
    });
  }

  /** Locks the measure first, then the milestone: every writer takes locks in that order, so none deadlock. */
  private change<T>(
    id: string,
    work: (manager: EntityManager, before: MilestoneEntity, locked: MeasureWithLinks) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const peek = await manager.findOneBy(MilestoneEntity, { id });
      if (!peek) throw DomainError.notFound(LABEL, id);
      const locked = await this.measures.lockForChange(manager, peek.measureId);
      return work(manager, await lockById(manager, MilestoneEntity, id, LABEL), locked);
    });
  }

  /** Keeps the measure's computed columns and the history in step, in the same transaction. */
  private async afterChange(
    manager: EntityManager,
    actor: Actor,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    before: MilestoneEntity | null,
    after: MilestoneEntity | null,
  ): Promise<void> {
    const subject = (after ?? before) as MilestoneEntity;
    await manager.query(REFRESH_MEASURE_METRICS_SQL, [[subject.measureId]]);
    await this.audit.record(manager, actor, {
      entityType: 'Milestone',
      entityId: subject.id,
      action,
      modelProjectId: subject.modelProjectId,
      measureId: subject.measureId,
      before,
      after,
    });
  }
}
