import { CostPlanEntryEntity } from './cost-plan-entry.entity';
import { ExpenditureEntity } from './expenditure.entity';
import { CostPlanEntry, Expenditure } from './dtos/cost.dto';

export const toCostPlanEntry = (e: CostPlanEntryEntity): CostPlanEntry => ({
  id: e.id,
  year: e.year,
  costCategoryId: e.costCategoryId,
  planned: e.plannedCents,
  version: e.version,
  measureId: e.measureId,
});

export const toExpenditure = (e: ExpenditureEntity): Expenditure => ({
  id: e.id,
  spentOn: e.spentOn,
  costCategoryId: e.costCategoryId,
  amount: e.amountCents,
  description: e.description,
  documentReference: e.documentReference,
  version: e.version,
  measureId: e.measureId,
  modelProjectId: e.modelProjectId,
});
