import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { MeasureAccess } from '@masswerk/api/access';
import { Clock, definedOnly, DomainError, rowsByColumnLoader, LoaderRegistry } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { CreateIndicatorInput, RecordIndicatorValueInput, UpdateIndicatorInput } from './dtos/indicator.inputs';
import { MeasurePart, MeasureParts } from '../measure/measure-parts';

const INDICATOR: MeasurePart<IndicatorEntity> = {
  entity: IndicatorEntity,
  type: 'Indicator',
  label: 'Indikator',
  refreshesMeasure: false,
};

/** Indicators: defined by administrators, measured by whoever reports on the measure. */
@Injectable()
export class IndicatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parts: MeasureParts,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  byMeasureLoader(loaders: LoaderRegistry): DataLoader<string, IndicatorEntity[]> {
    return rowsByColumnLoader(
      loaders,
      Symbol.for('indicatorsByMeasure'),
      this.dataSource,
      IndicatorEntity,
      'measureId',
      {
        sortOrder: 'ASC',
        name: 'ASC',
      },
    );
  }

  valuesLoader(loaders: LoaderRegistry): DataLoader<string, IndicatorValueEntity[]> {
    return rowsByColumnLoader(
      loaders,
      Symbol.for('indicatorValues'),
      this.dataSource,
      IndicatorValueEntity,
      'indicatorId',
      { measuredOn: 'ASC' },
    );
  }

  create(actor: Actor, input: CreateIndicatorInput): Promise<IndicatorEntity> {
    return this.parts.create(actor, INDICATOR, input.measureId, MeasureAccess.EDIT_PLAN, (measure) => ({
      measureId: measure.id,
      modelProjectId: measure.projectId,
      name: input.name.trim(),
      unit: input.unit ?? '',
      description: input.description ?? '',
      baselineValue: input.baselineValue ?? null,
      targetValue: input.targetValue ?? null,
      targetDate: input.targetDate ?? null,
      sortOrder: input.sortOrder ?? 0,
    }));
  }

  update(actor: Actor, { id, version, ...input }: UpdateIndicatorInput): Promise<IndicatorEntity> {
    return this.parts.update(
      actor,
      INDICATOR,
      id,
      version,
      MeasureAccess.EDIT_PLAN,
      () => definedOnly(input) as Partial<IndicatorEntity>,
    );
  }

  /** Its measured values go with it (ON DELETE CASCADE), each with its own history entry. */
  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.parts.remove(actor, INDICATOR, id, version, MeasureAccess.EDIT_PLAN, {
      takesAlong: async (manager, indicator) => {
        const values = await manager.find(IndicatorValueEntity, { where: { indicatorId: id }, order: { id: 'ASC' } });
        await this.audit.recordMany(
          manager,
          actor,
          values.map((value) => ({
            entityType: 'IndicatorValue',
            entityId: value.id,
            action: 'DELETE' as const,
            modelProjectId: indicator.modelProjectId,
            measureId: indicator.measureId,
            before: value,
          })),
        );
      },
    });
  }

  /** Records (or replaces) the value of one day. Returns the indicator. */
  async recordValue(actor: Actor, input: RecordIndicatorValueInput): Promise<IndicatorEntity> {
    return this.dataSource.transaction((manager) =>
      this.parts.changeExisting(
        manager,
        actor,
        INDICATOR,
        input.indicatorId,
        MeasureAccess.REPORT_PROGRESS,
        async (indicator, measure) => {
          if (input.measuredOn > this.clock.today())
            throw DomainError.badInput('input.measuredOn', 'Ein Messwert kann nicht in der Zukunft liegen.');
          const before = await manager.findOneBy(IndicatorValueEntity, {
            indicatorId: indicator.id,
            measuredOn: input.measuredOn,
          });
          await manager.query(
            `INSERT INTO indicator_value (indicator_id, model_project_id, measured_on, value, note) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (indicator_id, measured_on) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note`,
            [indicator.id, indicator.modelProjectId, input.measuredOn, input.value, input.note ?? ''],
          );
          const after = await manager.findOneByOrFail(IndicatorValueEntity, {
            indicatorId: indicator.id,
            measuredOn: input.measuredOn,
          });
          await this.parts.record(
            manager,
            actor,
            measure,
            'IndicatorValue',
            before ? 'UPDATE' : 'CREATE',
            before,
            after,
          );
          return indicator;
        },
      ),
    );
  }

  async deleteValue(actor: Actor, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const value = await manager.findOneBy(IndicatorValueEntity, { id });
      if (!value) throw DomainError.notFound('Messwert', id);
      return this.parts.changeExisting(
        manager,
        actor,
        INDICATOR,
        value.indicatorId,
        MeasureAccess.REPORT_PROGRESS,
        async (_indicator, measure) => {
          await manager.delete(IndicatorValueEntity, { id });
          await this.parts.record(manager, actor, measure, 'IndicatorValue', 'DELETE', value, null);
          return id;
        },
      );
    });
  }
}
