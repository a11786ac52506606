import { basisPointsToPercent, BasisPoints, Cents, deadlineState, DeadlineState, Phase } from '@masswerk/shared/domain';
import {
  CallOffEntity,
  CostCategoryEntity,
  CostPlanEntryEntity,
  ExpenditureEntity,
  FundingProgrammeEntity,
  GrantEntity,
} from './funding.entities';
import {
  CallOff,
  CallOffStatusEnum,
  CostCategory,
  CostPlanEntry,
  Expenditure,
  FundingProgramme,
  Grant,
  Proof,
  ProofKindEnum,
  Shares,
} from './dtos/funding.dto';

export function toProgramme(e: FundingProgrammeEntity): FundingProgramme {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    funder: e.funder,
    standardRate: basisPointsToPercent(e.standardRateBp),
    emergencyRate: basisPointsToPercent(e.emergencyRateBp),
    phaseACap: e.phaseACapCents,
    phaseAMeasuresCap: e.phaseAMeasuresCapCents,
    phaseBCap: e.phaseBCapCents,
    proofMonthsA: e.proofMonthsA,
    proofMonthsB: e.proofMonthsB,
    interimProofMonths: e.interimProofMonths,
    isDefault: e.isDefault,
    version: e.version,
  };
}

export const toCategory = (e: CostCategoryEntity): CostCategory => ({
  id: e.id,
  code: e.code,
  name: e.name,
  sortOrder: e.sortOrder,
  active: e.active,
  version: e.version,
});

export function toGrant(e: GrantEntity, finalProofDue: string | null): Grant {
  return {
    id: e.id,
    phase: e.phase,
    commitmentNumber: e.commitmentNumber,
    commitmentDate: e.commitmentDate,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    fundingRate: basisPointsToPercent(e.fundingRateBp),
    eligibleCosts: e.eligibleCostsCents,
    grantAmount: e.grantAmountCents,
    ownShare: e.ownShareCents,
    finalProofDue,
    notes: e.notes,
    version: e.version,
    modelProjectId: e.modelProjectId,
  };
}

export function toCallOff(e: CallOffEntity, phase: Phase): CallOff {
  return {
    id: e.id,
    grantId: e.grantId,
    phase,
    requestedOn: e.requestedOn,
    amount: e.amountCents,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    status: e.status as CallOffStatusEnum,
    paidOn: e.paidOn,
    reference: e.reference,
    version: e.version,
  };
}

export function toProof(
  e: {
    id: string | null;
    grantId: string;
    kind: 'INTERIM' | 'FINAL';
    periodStart: string;
    periodEnd: string;
    submittedOn: string | null;
    notes: string;
    version: number | null;
  },
  phase: Phase,
  dueDate: string,
  today: string,
): Proof {
  return {
    ...e,
    kind: e.kind as ProofKindEnum,
    phase,
    dueDate,
    state: deadlineState(dueDate, e.submittedOn, today) as DeadlineState,
  };
}

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

export function shares(total: Cents, federal: Cents): Shares {
  return { total, federal, own: total - federal };
}

export type RateTable = Map<string, Record<Phase, BasisPoints>>;
