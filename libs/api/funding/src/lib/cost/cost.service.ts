import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { MeasureAccess } from '@masswerk/api/access';
import {
  Clock,
  deleteVersioned,
  DomainError,
  rowsByColumnLoader,
  LoaderRegistry,
  updateVersioned,
} from '@masswerk/api/core';
import { MeasurePart, MeasureParts } from '@masswerk/api/measure';
import { CostPlanEntryEntity } from './cost-plan-entry.entity';
import { ExpenditureEntity } from './expenditure.entity';
import { CostCategoryEntity } from '../programme/cost-category.entity';
import { CreateExpenditureInput, SetCostPlanEntryInput, UpdateExpenditureInput } from './dtos/cost.inputs';

const COST_PLAN_ENTRY: MeasurePart<CostPlanEntryEntity> = {
  entity: CostPlanEntryEntity,
  type: 'CostPlanEntry',
  label: 'Planwert',
  refreshesMeasure: false,
};
const EXPENDITURE: MeasurePart<ExpenditureEntity> = {
  entity: ExpenditureEntity,
  type: 'Expenditure',
  label: 'Ausgabe',
  refreshesMeasure: false,
};

/**
 * Cost plans (the project office plans per measure × year × category) and actual expenditures (whoever reports on the
 * measure records them). Both are parts of a measure and change like every part (MeasureParts: the measure locked first).
 */
@Injectable()
export class CostService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parts: MeasureParts,
    private readonly clock: Clock,
  ) {}

  costPlanLoader(loaders: LoaderRegistry): DataLoader<string, CostPlanEntryEntity[]> {
    return rowsByColumnLoader(
      loaders,
      Symbol.for('costPlanByMeasure'),
      this.dataSource,
      CostPlanEntryEntity,
      'measureId',
      {
        year: 'ASC',
      },
    );
  }

  expendituresLoader(loaders: LoaderRegistry): DataLoader<string, ExpenditureEntity[]> {
    return rowsByColumnLoader(
      loaders,
      Symbol.for('expendituresByMeasure'),
      this.dataSource,
      ExpenditureEntity,
      'measureId',
      { spentOn: 'DESC', createdAt: 'DESC' },
    );
  }

  /** Sets one cell of the plan; an amount of zero removes the cell. Returns the cell, or null when removed. */
  async setCostPlanEntry(actor: Actor, input: SetCostPlanEntryInput): Promise<CostPlanEntryEntity | null> {
    return this.dataSource.transaction((m) => this.setCostPlanEntryIn(m, actor, input));
  }

  /** `setCostPlanEntry` in the caller's transaction (an import writes many cells in one). */
  setCostPlanEntryIn(
    m: EntityManager,
    actor: Actor,
    input: SetCostPlanEntryInput,
  ): Promise<CostPlanEntryEntity | null> {
    return this.parts.change(m, actor, COST_PLAN_ENTRY, input.measureId, MeasureAccess.EDIT_PLAN, async (measure) => {
      await this.assertCategory(m, input.costCategoryId, true);
      const before = await m.findOne(CostPlanEntryEntity, {
        where: { measureId: measure.id, year: input.year, costCategoryId: input.costCategoryId },
        lock: { mode: 'pessimistic_write' },
      });
      const record = (
        action: 'CREATE' | 'UPDATE' | 'DELETE',
        b: CostPlanEntryEntity | null,
        a: CostPlanEntryEntity | null,
      ) => this.parts.record(m, actor, measure, COST_PLAN_ENTRY.type, action, b, a);
      if (!before) {
        if (input.version !== undefined)
          throw DomainError.staleVersion(COST_PLAN_ENTRY.label, `${input.year}/${input.costCategoryId}`, 0);
        if (input.planned === 0n) return null;
        const created = await m.save(
          m.create(CostPlanEntryEntity, {
            modelProjectId: measure.projectId,
            measureId: measure.id,
            year: input.year,
            costCategoryId: input.costCategoryId,
            plannedCents: input.planned,
          }),
        );
        await record('CREATE', null, created);
        return created;
      }
      if (input.version === undefined) {
        throw DomainError.staleVersion(COST_PLAN_ENTRY.label, before.id, before.version);
      }
      if (input.planned === 0n) {
        await deleteVersioned(m, CostPlanEntryEntity, before.id, input.version, COST_PLAN_ENTRY.label);
        await record('DELETE', before, null);
        return null;
      }
      const after = await updateVersioned(
        m,
        CostPlanEntryEntity,
        before.id,
        input.version,
        { plannedCents: input.planned },
        COST_PLAN_ENTRY.label,
      );
      await record('UPDATE', before, after);
      return after;
    });
  }

  createExpenditure(actor: Actor, input: CreateExpenditureInput): Promise<ExpenditureEntity> {
    return this.parts.create(actor, EXPENDITURE, input.measureId, MeasureAccess.REPORT_PROGRESS, async (measure, m) => {
      await this.assertCategory(m, input.costCategoryId, true);
      this.checkExpenditure(input.spentOn, input.amount);
      return {
        modelProjectId: measure.projectId,
        measureId: measure.id,
        costCategoryId: input.costCategoryId,
        spentOn: input.spentOn,
        amountCents: input.amount,
        description: input.description.trim(),
        documentReference: input.documentReference?.trim() ?? '',
        recordedBy: actor.userId,
      };
    });
  }

  updateExpenditure(actor: Actor, input: UpdateExpenditureInput): Promise<ExpenditureEntity> {
    return this.parts.update(
      actor,
      EXPENDITURE,
      input.id,
      input.version,
      MeasureAccess.REPORT_PROGRESS,
      async (before, m) => {
        if (input.costCategoryId && input.costCategoryId !== before.costCategoryId)
          await this.assertCategory(m, input.costCategoryId, true);
        const patch: Partial<ExpenditureEntity> = {
          ...(input.costCategoryId !== undefined && { costCategoryId: input.costCategoryId }),
          ...(input.spentOn !== undefined && { spentOn: input.spentOn }),
          ...(input.amount !== undefined && { amountCents: input.amount }),
          ...(input.description !== undefined && { description: input.description.trim() }),
          ...(input.documentReference !== undefined && { documentReference: input.documentReference.trim() }),
        };
        this.checkExpenditure(patch.spentOn ?? before.spentOn, patch.amountCents ?? before.amountCents);
        return patch;
      },
    );
  }

  deleteExpenditure(actor: Actor, id: string, version: number): Promise<string> {
    return this.parts.remove(actor, EXPENDITURE, id, version, MeasureAccess.REPORT_PROGRESS);
  }

  private checkExpenditure(spentOn: string, amount: bigint): void {
    if (spentOn > this.clock.today())
      throw DomainError.badInput('input.spentOn', 'Eine Ausgabe kann nicht in der Zukunft liegen.');
    if (amount === 0n) throw DomainError.badInput('input.amount', 'Der Betrag darf nicht 0 sein.');
  }

  private async assertCategory(m: EntityManager, id: string, mustBeActive: boolean): Promise<void> {
    const category = await m.findOneBy(CostCategoryEntity, { id });
    if (!category) throw DomainError.badInput('input.costCategoryId', 'Die Kostenart existiert nicht.');
    if (mustBeActive && !category.active)
      throw DomainError.badInput('input.costCategoryId', `Die Kostenart „${category.name}“ ist nicht mehr aktiv.`);
  }
}
