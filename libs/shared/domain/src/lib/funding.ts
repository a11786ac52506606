import { addMonths, daysBetween, IsoDate } from './dates';
import { BasisPoints, Cents, splitShares } from './money';
import { Phase } from './measure';

/** The programme's figures as data (seeded for Modellprojekte Smart Cities, KfW 436; changeable by the operator). */
export interface ProgrammeRules {
  standardRate: BasisPoints;
  emergencyRate: BasisPoints;
  phaseACap: Cents;
  phaseAMeasuresCap: Cents;
  phaseBCap: Cents;
  /** Months after the commitment by which the final proof of use is due. */
  proofMonthsA: number;
  proofMonthsB: number;
  /** Months after the end of a budget year by which its interim proof is due (assumption, configurable). */
  interimProofMonths: number;
}

export const MPSC_RULES: ProgrammeRules = {
  standardRate: 6500,
  emergencyRate: 9000,
  phaseACap: 250_000_000n,
  phaseAMeasuresCap: 100_000_000n,
  phaseBCap: 1_500_000_000n,
  proofMonthsA: 30,
  proofMonthsB: 66,
  interimProofMonths: 4,
};

export function fundingRate(rules: ProgrammeRules, budgetaryEmergency: boolean): BasisPoints {
  return budgetaryEmergency ? rules.emergencyRate : rules.standardRate;
}

export function phaseCap(rules: ProgrammeRules, phase: Phase): Cents {
  return phase === Phase.A ? rules.phaseACap : rules.phaseBCap;
}

/** What a measure's costs count towards: every cost counts towards its phase's cap; see countsTowardsMeasuresCap. */
export interface FundedWork {
  phase: Phase;
  /** Strategy work of Phase A (developing the strategy, the project office), not an implementation measure. */
  strategyWork: boolean;
}

/**
 * Phase A funds the strategy work and, up to the programme's measures cap (MPSC: €1 m of the €2.5 m), first
 * implementation measures. Only those measures count towards the measures cap; strategy work counts towards the
 * phase cap alone, and Phase B has no measures cap.
 */
export function countsTowardsMeasuresCap(work: FundedWork): boolean {
  return work.phase === Phase.A && !work.strategyWork;
}

/** Strategy work exists only in Phase A (the strategy phase). */
export function isValidStrategyWork(work: FundedWork): boolean {
  return !work.strategyWork || work.phase === Phase.A;
}

/** Federal share of the Phase A implementation measures: the figure compared with the measures cap. */
export function phaseAMeasuresFederal(entries: readonly (FundedWork & { federal: Cents })[]): Cents {
  return entries.filter(countsTowardsMeasuresCap).reduce((sum, e) => sum + e.federal, 0n);
}

/** Final proof of use (Verwendungsnachweis): A 30 months, B 5 years 6 months after the commitment. */
export function finalProofDue(rules: ProgrammeRules, phase: Phase, commitmentDate: IsoDate): IsoDate {
  return addMonths(commitmentDate, phase === Phase.A ? rules.proofMonthsA : rules.proofMonthsB);
}

/** Interim proof (Zwischennachweis) of a period: due some months after the period ends. */
export function interimProofDue(rules: ProgrammeRules, periodEnd: IsoDate): IsoDate {
  return addMonths(periodEnd, rules.interimProofMonths);
}

export enum DeadlineState {
  SUBMITTED = 'SUBMITTED',
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
  OPEN = 'OPEN',
}

export const PROOF_WARNING_DAYS = 60;

export function deadlineState(dueDate: IsoDate, submittedOn: IsoDate | null, today: IsoDate): DeadlineState {
  if (submittedOn) return DeadlineState.SUBMITTED;
  if (dueDate < today) return DeadlineState.OVERDUE;
  if (daysBetween(today, dueDate) <= PROOF_WARNING_DAYS) return DeadlineState.DUE_SOON;
  return DeadlineState.OPEN;
}

export interface Amounts {
  total: Cents;
  federal: Cents;
  own: Cents;
}

export function amountsAt(total: Cents, rate: BasisPoints): Amounts {
  return { total, ...splitShares(total, rate) };
}

export enum FundingWarningCode {
  /** Planned federal share of a phase above the programme's cap (MPSC: A €2.5 m, B €15 m). */
  PHASE_CAP_EXCEEDED = 'PHASE_CAP_EXCEEDED',
  /** Planned costs of a phase above the approved eligible costs of its grant. */
  PLAN_EXCEEDS_GRANT = 'PLAN_EXCEEDS_GRANT',
  /** Planned federal share of the Phase A implementation measures (strategy work left out) above the measures cap. */
  PHASE_A_MEASURES_CAP_EXCEEDED = 'PHASE_A_MEASURES_CAP_EXCEEDED',
  /** Actual spending of a measure above its plan in a cost category. */
  CATEGORY_OVERSPENT = 'CATEGORY_OVERSPENT',
  /** Grant plus own share does not add up to the eligible costs, or the grant exceeds them. */
  GRANT_INCONSISTENT = 'GRANT_INCONSISTENT',
  /** A proof of use is due within 60 days. */
  PROOF_DUE_SOON = 'PROOF_DUE_SOON',
  /** A proof of use is overdue. */
  PROOF_OVERDUE = 'PROOF_OVERDUE',
  /** More money called off than the federal share of what was spent (and than the grant). */
  CALLED_OFF_EXCEEDS_SPENT = 'CALLED_OFF_EXCEEDS_SPENT',
  /** Grant amount above the eligible costs times the grant's funding rate. */
  GRANT_EXCEEDS_RATE = 'GRANT_EXCEEDS_RATE',
  /** Grant amount above the programme's cap for its phase. */
  GRANT_EXCEEDS_PHASE_CAP = 'GRANT_EXCEEDS_PHASE_CAP',
}

export interface FundingWarning {
  code: FundingWarningCode;
  severity: 'WARNING' | 'ERROR';
  phase: Phase | null;
  measureId: string | null;
  categoryId: string | null;
  /** Amounts involved, for the message: the limit and the value. */
  limit: Cents | null;
  value: Cents | null;
  dueDate: IsoDate | null;
}

export interface GrantFacts {
  phase: Phase;
  rate: BasisPoints;
  eligibleCosts: Cents;
  grantAmount: Cents;
  ownShare: Cents;
}

export interface PhaseFacts {
  phase: Phase;
  rate: BasisPoints;
  grant: GrantFacts | null;
  /** Planned costs, and their federal share summed over the plan's entries. */
  planned: Amounts;
  spent: Amounts;
  calledOff: Cents;
}

export interface MeasureCategoryFacts {
  measureId: string;
  phase: Phase;
  categoryId: string;
  planned: Cents;
  spent: Cents;
}

export interface ProofFacts {
  phase: Phase;
  dueDate: IsoDate;
  submittedOn: IsoDate | null;
}

const warning = (
  code: FundingWarningCode,
  severity: FundingWarning['severity'],
  rest: Partial<FundingWarning>,
): FundingWarning => ({
  code,
  severity,
  phase: null,
  measureId: null,
  categoryId: null,
  limit: null,
  value: null,
  dueDate: null,
  ...rest,
});

/**
 * Every funding warning of a model project (the table in docs/rules.md). Pure: the API collects the facts in a few
 * set-based queries and calls this. Federal shares are computed per plan entry and per expenditure (see
 * splitShares) and summed, so that every total of a statement adds up.
 */
export function fundingWarnings(
  rules: ProgrammeRules,
  phases: readonly PhaseFacts[],
  /** Federal share of the planned costs of the Phase A implementation measures (strategy work left out). */
  phaseAMeasuresPlannedFederal: Cents,
  cells: readonly MeasureCategoryFacts[],
  proofs: readonly ProofFacts[],
  today: IsoDate,
): FundingWarning[] {
  const warnings: FundingWarning[] = [];
  /** A warning of the phase when `value` lies above `limit`. */
  const above = (
    code: FundingWarningCode,
    severity: FundingWarning['severity'],
    phase: Phase,
    value: Cents,
    limit: Cents,
  ) => {
    if (value > limit) warnings.push(warning(code, severity, { phase, limit, value }));
  };
  for (const p of phases) {
    above(FundingWarningCode.PHASE_CAP_EXCEEDED, 'ERROR', p.phase, p.planned.federal, phaseCap(rules, p.phase));
    if (p.grant) {
      const { eligibleCosts, grantAmount, ownShare, rate } = p.grant;
      above(FundingWarningCode.PLAN_EXCEEDS_GRANT, 'WARNING', p.phase, p.planned.total, eligibleCosts);
      if (grantAmount + ownShare !== eligibleCosts || grantAmount > eligibleCosts) {
        warnings.push(
          warning(FundingWarningCode.GRANT_INCONSISTENT, 'ERROR', {
            phase: p.phase,
            limit: eligibleCosts,
            value: grantAmount + ownShare,
          }),
        );
      }
      above(
        FundingWarningCode.GRANT_EXCEEDS_RATE,
        'ERROR',
        p.phase,
        grantAmount,
        splitShares(eligibleCosts, rate).federal,
      );
      above(FundingWarningCode.GRANT_EXCEEDS_PHASE_CAP, 'ERROR', p.phase, grantAmount, phaseCap(rules, p.phase));
      above(FundingWarningCode.CALLED_OFF_EXCEEDS_SPENT, 'WARNING', p.phase, p.calledOff, p.spent.federal);
    }
  }
  above(
    FundingWarningCode.PHASE_A_MEASURES_CAP_EXCEEDED,
    'ERROR',
    Phase.A,
    phaseAMeasuresPlannedFederal,
    rules.phaseAMeasuresCap,
  );
  for (const c of cells) {
    if (c.spent > c.planned) {
      warnings.push(
        warning(FundingWarningCode.CATEGORY_OVERSPENT, 'WARNING', {
          phase: c.phase,
          measureId: c.measureId,
          categoryId: c.categoryId,
          limit: c.planned,
          value: c.spent,
        }),
      );
    }
  }
  for (const proof of proofs) {
    const state = deadlineState(proof.dueDate, proof.submittedOn, today);
    if (state === DeadlineState.OVERDUE)
      warnings.push(warning(FundingWarningCode.PROOF_OVERDUE, 'ERROR', { phase: proof.phase, dueDate: proof.dueDate }));
    if (state === DeadlineState.DUE_SOON)
      warnings.push(
        warning(FundingWarningCode.PROOF_DUE_SOON, 'WARNING', { phase: proof.phase, dueDate: proof.dueDate }),
      );
  }
  return warnings;
}

/**
 * Actual against plan over a measure's cost plan, as the Sachbericht and the measure's money section state it: the
 * deviation in cents, and in whole percent of the plan (null without a plan).
 */
export function budgetDeviation(planned: Cents, spent: Cents): { cents: Cents; percent: number | null } {
  const cents = spent - planned;
  return { cents, percent: planned > 0n ? Math.round((Number(cents) / Number(planned)) * 100) : null };
}
