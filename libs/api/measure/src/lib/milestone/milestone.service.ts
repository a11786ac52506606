import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ErrorReason } from '@masswerk/shared/domain';
import { MeasureAccess } from '@masswerk/api/access';
import { Clock, definedOnly, DomainError, LoaderRegistry } from '@masswerk/api/core';
import { MilestoneEntity } from './milestone.entity';
import type { MilestoneRow } from './milestone.mapper';
import { CreateMilestoneInput, ReportMilestoneInput, UpdateMilestoneInput } from './dtos/milestone.inputs';
import { MeasurePart, MeasureParts } from '../measure/measure-parts';

/** Milestones feed the measure's progress and its next due date. */
const MILESTONE: MeasurePart<MilestoneEntity> = {
  entity: MilestoneEntity,
  type: 'Milestone',
  label: 'Meilenstein',
  refreshesMeasure: true,
};

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

/** Milestones: administrators plan them (title, baseline, weight); whoever reports on the measure forecasts and completes them. */
@Injectable()
export class MilestoneService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parts: MeasureParts,
    private readonly clock: Clock,
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

  create(actor: Actor, input: CreateMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction((manager) => this.createIn(manager, actor, input));
  }

  /** `create` in the caller's transaction (an import writes many milestones in one). */
  createIn(manager: EntityManager, actor: Actor, input: CreateMilestoneInput): Promise<MilestoneEntity> {
    this.refusePastForecast(input.forecastDate, null, null);
    return this.parts.createIn(manager, actor, MILESTONE, input.measureId, MeasureAccess.EDIT_PLAN, (measure) => ({
      measureId: measure.id,
      modelProjectId: measure.projectId,
      title: input.title.trim(),
      description: input.description ?? '',
      baselineDate: input.baselineDate,
      forecastDate: input.forecastDate ?? null,
      weight: input.weight ?? 1,
      sortOrder: input.sortOrder ?? 0,
    }));
  }

  update(actor: Actor, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction((manager) => this.updateIn(manager, actor, input));
  }

  /** `update` in the caller's transaction. */
  updateIn(
    manager: EntityManager,
    actor: Actor,
    { id, version, ...input }: UpdateMilestoneInput,
  ): Promise<MilestoneEntity> {
    return this.parts.updateIn(manager, actor, MILESTONE, id, version, MeasureAccess.EDIT_PLAN, (before) => {
      const patch = definedOnly(input) as Partial<MilestoneEntity>;
      this.refusePastForecast(patch.forecastDate, before.forecastDate, before.completedOn);
      if (patch.title) patch.title = patch.title.trim();
      return patch;
    });
  }

  report(actor: Actor, input: ReportMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction((manager) => this.reportIn(manager, actor, input));
  }

  /** `report` in the caller's transaction. */
  reportIn(manager: EntityManager, actor: Actor, input: ReportMilestoneInput): Promise<MilestoneEntity> {
    return this.parts.updateIn(
      manager,
      actor,
      MILESTONE,
      input.id,
      input.version,
      MeasureAccess.REPORT_PROGRESS,
      (before) => {
        const patch: Partial<MilestoneEntity> = {};
        this.refusePastForecast(
          input.forecastDate,
          before.forecastDate,
          input.completedOn !== undefined ? input.completedOn : before.completedOn,
        );
        if (input.forecastDate !== undefined) patch.forecastDate = input.forecastDate;
        if (input.completedOn !== undefined) {
          if (input.completedOn && input.completedOn > this.clock.today()) {
            throw DomainError.badInput(
              'input.completedOn',
              'Ein Meilenstein kann nicht in der Zukunft erreicht werden.',
            );
          }
          patch.completedOn = input.completedOn;
        }
        return patch;
      },
    );
  }

  /**
   * A forecast says when an open milestone will be reached, so it cannot lie before today. Only a change is refused:
   * a past forecast already stored (the milestone is overdue) stays until someone moves it, and may be sent back
   * unchanged with other edits. A reached milestone needs no forecast, so it is not checked.
   */
  private refusePastForecast(
    forecast: string | null | undefined,
    storedForecast: string | null,
    completedOn: string | null,
  ): void {
    if (!forecast || forecast === storedForecast || completedOn) return;
    if (forecast < this.clock.today())
      throw DomainError.badInput(
        'input.forecastDate',
        'Die Prognose eines offenen Meilensteins kann nicht in der Vergangenheit liegen.',
        ErrorReason.FORECAST_IN_PAST,
      );
  }

  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.parts.remove(actor, MILESTONE, id, version, MeasureAccess.EDIT_PLAN);
  }
}
