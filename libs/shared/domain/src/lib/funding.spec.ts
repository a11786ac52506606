import {
  amountsAt,
  budgetDeviation,
  countsTowardsMeasuresCap,
  deadlineState,
  DeadlineState,
  finalProofDue,
  fundingRate,
  FundingWarningCode,
  fundingWarnings,
  interimProofDue,
  isValidStrategyWork,
  MeasureCategoryFacts,
  MPSC_RULES,
  PhaseFacts,
  phaseAMeasuresFederal,
  ProgrammeRules,
} from './funding';
import { Phase } from './measure';

const today = '2026-11-21';
const M = (euros: number) => BigInt(euros) * 100n;

type PhaseOverrides = Partial<Omit<PhaseFacts, 'planned' | 'spent'>> & { planned?: bigint; spent?: bigint };

/** A phase with plan and spending given as totals; their federal shares at the phase's rate. */
function aPhase(overrides: PhaseOverrides = {}): PhaseFacts {
  const rate = overrides.rate ?? 6500;
  return {
    phase: Phase.B,
    grant: { phase: Phase.B, rate, eligibleCosts: M(20_000_000), grantAmount: M(13_000_000), ownShare: M(7_000_000) },
    calledOff: M(1_000_000),
    ...overrides,
    rate,
    planned: amountsAt(overrides.planned ?? M(10_000_000), rate),
    spent: amountsAt(overrides.spent ?? M(2_000_000), rate),
  };
}

const codes = (
  phases: PhaseFacts[],
  phaseA = 0n,
  cells: MeasureCategoryFacts[] = [],
  proofs = [] as { phase: Phase; dueDate: string; submittedOn: string | null }[],
) => fundingWarnings(MPSC_RULES, phases, phaseA, cells, proofs, today).map((w) => w.code);

describe('programme rules', () => {
  it('funds 65 %, or 90 % in budgetary emergency', () => {
    expect(fundingRate(MPSC_RULES, false)).toBe(6500);
    expect(fundingRate(MPSC_RULES, true)).toBe(9000);
  });

  it('dates the final proof 30 months (A) and 5 years 6 months (B) after the commitment', () => {
    expect(finalProofDue(MPSC_RULES, Phase.A, '2021-03-15')).toBe('2023-09-15');
    expect(finalProofDue(MPSC_RULES, Phase.B, '2023-04-01')).toBe('2028-10-01');
    expect(finalProofDue(MPSC_RULES, Phase.B, '2022-08-31')).toBe('2028-02-29');
  });

  it('dates an interim proof four months after its period', () => {
    expect(interimProofDue(MPSC_RULES, '2025-12-31')).toBe('2026-04-30');
  });

  it('tells submitted, overdue, due within 60 days and open deadlines apart', () => {
    expect(deadlineState('2026-01-31', '2026-01-20', today)).toBe(DeadlineState.SUBMITTED);
    expect(deadlineState('2026-11-20', null, today)).toBe(DeadlineState.OVERDUE);
    expect(deadlineState('2027-01-20', null, today)).toBe(DeadlineState.DUE_SOON);
    expect(deadlineState('2027-01-21', null, today)).toBe(DeadlineState.OPEN);
  });
});

describe('fundingWarnings', () => {
  it('is quiet for a sound project', () => {
    expect(codes([aPhase()])).toEqual([]);
  });

  it('warns when the planned federal share of Phase B exceeds €15 m', () => {
    // 23.1 m × 65 % = 15.015 m
    expect(codes([aPhase({ planned: M(23_100_000), grant: null })])).toEqual([FundingWarningCode.PHASE_CAP_EXCEEDED]);
    expect(codes([aPhase({ planned: M(23_076_923), grant: null })])).toEqual([]); // 14,999,999.95
  });

  it('warns when the planned federal share of Phase A exceeds €2.5 m', () => {
    expect(codes([aPhase({ phase: Phase.A, rate: 9000, planned: M(2_800_000), grant: null })])).toEqual([
      FundingWarningCode.PHASE_CAP_EXCEEDED,
    ]);
  });

  it('warns when Phase A measures exceed €1 m of federal money', () => {
    expect(codes([], M(1_040_000))).toEqual([FundingWarningCode.PHASE_A_MEASURES_CAP_EXCEEDED]); // 1.6 m at 65 %
    expect(codes([], M(1_000_000))).toEqual([]);
  });

  it('warns when the plan exceeds the approved eligible costs of the grant', () => {
    expect(codes([aPhase({ planned: M(20_000_001) })])).toContain(FundingWarningCode.PLAN_EXCEEDS_GRANT);
  });

  it('flags a grant whose parts do not add up, or that exceeds the eligible costs', () => {
    const grant = { phase: Phase.B, rate: 6500, eligibleCosts: M(100), grantAmount: M(60), ownShare: M(45) };
    expect(codes([aPhase({ grant, planned: M(50), spent: 0n, calledOff: 0n })])).toEqual([
      FundingWarningCode.GRANT_INCONSISTENT,
    ]);
  });

  it('flags a grant above its eligible costs times its rate, to the cent', () => {
    // 65 % of 100.01 € is 65.0065 €, rounded 65.01 €
    const grant = (grantAmount: bigint) => ({
      phase: Phase.B,
      rate: 6500,
      eligibleCosts: 10_001n,
      grantAmount,
      ownShare: 10_001n - grantAmount,
    });
    const at = (g: bigint) => codes([aPhase({ grant: grant(g), planned: 0n, spent: 0n, calledOff: 0n })]);
    expect(at(6_501n)).toEqual([]);
    expect(at(6_502n)).toEqual([FundingWarningCode.GRANT_EXCEEDS_RATE]);
  });

  it('flags a grant above the phase cap of the programme', () => {
    const grant = (phase: Phase, grantAmount: bigint) => ({
      phase,
      rate: 9000,
      eligibleCosts: M(3_000_000),
      grantAmount,
      ownShare: M(3_000_000) - grantAmount,
    });
    const phaseA = (g: bigint) =>
      codes([aPhase({ phase: Phase.A, rate: 9000, grant: grant(Phase.A, g), planned: 0n, spent: 0n, calledOff: 0n })]);
    expect(phaseA(M(2_500_000))).toEqual([]);
    expect(phaseA(M(2_500_000) + 1n)).toEqual([FundingWarningCode.GRANT_EXCEEDS_PHASE_CAP]);
  });

  it('takes caps and rates from the programme it is given', () => {
    const other: ProgrammeRules = { ...MPSC_RULES, phaseBCap: M(5_000_000), phaseAMeasuresCap: M(200_000) };
    const phases = [aPhase({ planned: M(8_000_000), grant: null })]; // 5.2 m federal at 65 %
    expect(fundingWarnings(MPSC_RULES, phases, M(300_000), [], [], today).map((w) => w.code)).toEqual([]);
    expect(fundingWarnings(other, phases, M(300_000), [], [], today).map((w) => w.code)).toEqual([
      FundingWarningCode.PHASE_CAP_EXCEEDED,
      FundingWarningCode.PHASE_A_MEASURES_CAP_EXCEEDED,
    ]);
  });

  it('warns about spending above plan in a category', () => {
    const cells = [
      { measureId: 'm1', phase: Phase.B, categoryId: 'c1', planned: M(1000), spent: M(1001) },
      { measureId: 'm2', phase: Phase.B, categoryId: 'c1', planned: M(1000), spent: M(1000) },
    ];
    const w = fundingWarnings(MPSC_RULES, [], 0n, cells, [], today);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      code: FundingWarningCode.CATEGORY_OVERSPENT,
      measureId: 'm1',
      limit: M(1000),
      value: M(1001),
    });
  });

  it('warns about proofs due within 60 days and overdue ones', () => {
    expect(
      codes(
        [],
        0n,
        [],
        [
          { phase: Phase.B, dueDate: '2027-01-10', submittedOn: null },
          { phase: Phase.A, dueDate: '2026-10-01', submittedOn: null },
          { phase: Phase.A, dueDate: '2026-10-01', submittedOn: '2026-09-30' },
        ],
      ),
    ).toEqual([FundingWarningCode.PROOF_DUE_SOON, FundingWarningCode.PROOF_OVERDUE]);
  });

  it('warns when more was called off than the federal share of the spending', () => {
    expect(codes([aPhase({ spent: M(1_000_000), calledOff: M(650_001) })])).toEqual([
      FundingWarningCode.CALLED_OFF_EXCEEDS_SPENT,
    ]);
    expect(codes([aPhase({ spent: M(1_000_000), calledOff: M(650_000) })])).toEqual([]);
  });
});

describe('Phase A: strategy work and implementation measures', () => {
  it('counts only Phase A implementation measures towards the measures cap', () => {
    expect(countsTowardsMeasuresCap({ phase: Phase.A, strategyWork: false })).toBe(true);
    expect(countsTowardsMeasuresCap({ phase: Phase.A, strategyWork: true })).toBe(false);
    expect(countsTowardsMeasuresCap({ phase: Phase.B, strategyWork: false })).toBe(false);
  });

  it('sums the federal share of the implementation measures only', () => {
    expect(
      phaseAMeasuresFederal([
        { phase: Phase.A, strategyWork: true, federal: M(1_200_000) },
        { phase: Phase.A, strategyWork: false, federal: M(600_000) },
        { phase: Phase.A, strategyWork: false, federal: M(300_000) },
        { phase: Phase.B, strategyWork: false, federal: M(5_000_000) },
      ]),
    ).toBe(M(900_000));
  });

  it('knows strategy work only in Phase A', () => {
    expect(isValidStrategyWork({ phase: Phase.A, strategyWork: true })).toBe(true);
    expect(isValidStrategyWork({ phase: Phase.B, strategyWork: true })).toBe(false);
    expect(isValidStrategyWork({ phase: Phase.B, strategyWork: false })).toBe(true);
  });

  it('lets strategy work fill the phase cap without touching the measures cap', () => {
    // 1.5 m strategy work and 0.9 m measures of federal money: 2.4 m under the 2.5 m phase cap, 0.9 m under 1 m
    const planned = M(2_400_000);
    const phaseA: PhaseFacts = {
      phase: Phase.A,
      rate: 10_000,
      grant: null,
      planned: amountsAt(planned, 10_000),
      spent: amountsAt(0n, 10_000),
      calledOff: 0n,
    };
    expect(fundingWarnings(MPSC_RULES, [phaseA], M(900_000), [], [], today)).toEqual([]);
  });
});

describe('budgetDeviation', () => {
  it('is actual less plan, in cents and in whole percent of the plan', () => {
    expect(budgetDeviation(12_000_000n, 8_000_000n)).toEqual({ cents: -4_000_000n, percent: -33 });
    expect(budgetDeviation(10_000n, 12_550n)).toEqual({ cents: 2_550n, percent: 26 });
  });

  it('has no percentage without a plan', () => {
    expect(budgetDeviation(0n, 500n)).toEqual({ cents: 500n, percent: null });
  });
});
