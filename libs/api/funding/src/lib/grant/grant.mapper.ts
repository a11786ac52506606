import { basisPointsToPercent, deadlineState, DeadlineState, Phase } from '@masswerk/shared/domain';
import { GrantEntity } from './grant.entity';
import { CallOffEntity } from './call-off.entity';
import { CallOff, CallOffStatusEnum, Grant, Proof, ProofKindEnum } from './dtos/grant.dto';

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
