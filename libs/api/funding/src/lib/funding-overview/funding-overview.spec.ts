import { DeadlineState, FundingWarningCode, Phase } from '@masswerk/shared/domain';
import { FundingProgrammeEntity } from '../programme/programme.entity';
import { GrantEntity } from '../grant/grant.entity';
import { CallOffEntity } from '../grant/call-off.entity';
import { ProofEntity } from '../grant/proof.entity';
import {
  assembleProjectFunding,
  calledOffCents,
  grantRemainingCents,
  measureBudget,
  ProjectFundingInput,
} from './funding-overview';
import { AmountRow, MeasureBudgetRow } from './funding-overview.sql';

const STAFF = 'category-staff';
const IT = 'category-it';

const programme = {
  id: 'programme',
  code: 'MPSC-436',
  name: 'Modellprojekte Smart Cities',
  funder: 'KfW',
  standardRateBp: 6500,
  emergencyRateBp: 9000,
  phaseACapCents: 250_000_000n,
  phaseAMeasuresCapCents: 100_000_000n,
  phaseBCapCents: 1_500_000_000n,
  proofMonthsA: 30,
  proofMonthsB: 66,
  interimProofMonths: 4,
  isDefault: true,
  version: 1,
} as FundingProgrammeEntity;

const grantB = {
  id: 'grant-b',
  modelProjectId: 'project',
  programmeId: 'programme',
  phase: Phase.B,
  commitmentNumber: 'Z-1',
  commitmentDate: '2025-01-15',
  periodStart: '2025-01-01',
  periodEnd: '2030-12-31',
  fundingRateBp: 6500,
  eligibleCostsCents: 4_000_000n,
  grantAmountCents: 2_600_000n,
  ownShareCents: 1_400_000n,
  notes: '',
  version: 1,
} as GrantEntity;

function amount(phase: Phase, year: number, categoryId: string, total: bigint, federal: bigint, strategyWork = false) {
  return {
    projectId: 'project',
    phase,
    strategyWork,
    year,
    categoryId,
    total: String(total),
    federal: String(federal),
  };
}

function callOff(id: string, status: CallOffEntity['status'], amountCents: bigint): CallOffEntity {
  return { id, grantId: grantB.id, status, amountCents, requestedOn: '2026-01-10' } as CallOffEntity;
}

/** A project with a Phase A plan over its measures cap and a Phase B grant with call-offs, spending and a late proof. */
function aProjectWithAGrantInPhaseB(): ProjectFundingInput {
  const planned: AmountRow[] = [
    amount(Phase.A, 2025, IT, 10_000_000n, 6_500_000n, true),
    amount(Phase.A, 2025, STAFF, 200_000_000n, 130_000_000n),
    amount(Phase.B, 2027, IT, 3_000_000n, 1_950_000n),
    amount(Phase.B, 2026, STAFF, 1_000_000n, 650_000n),
  ];
  return {
    projectId: 'project',
    programme,
    rates: { A: 6500, B: 6500 },
    planned,
    spent: [amount(Phase.B, 2026, IT, 500_000n, 325_000n)],
    overspent: [
      {
        projectId: 'project',
        measureId: 'measure-1',
        measureCode: 'TST-M01',
        phase: Phase.B,
        categoryId: IT,
        planned: '0',
        spent: '500000',
      },
    ],
    grants: [grantB],
    callOffs: [callOff('c1', 'SUBMITTED', 300_000n), callOff('c2', 'PAID', 100_000n), callOff('c3', 'DRAFT', 999n)],
    proofs: [
      {
        id: 'proof-2025',
        grantId: grantB.id,
        kind: 'INTERIM',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        submittedOn: null,
        notes: '',
        version: 1,
      } as ProofEntity,
    ],
    categoryOrder: new Map([
      [STAFF, 1],
      [IT, 2],
    ]),
    today: '2026-05-10',
  };
}

describe('assembleProjectFunding', () => {
  const funding = assembleProjectFunding(aProjectWithAGrantInPhaseB());
  const [a, b] = funding.phases;

  it('adds up plan and actual per phase, category (in category order) and year', () => {
    expect(a.phase).toBe(Phase.A);
    expect(a.planned).toEqual({ total: 210_000_000n, federal: 136_500_000n, own: 73_500_000n });
    expect(a.byCategory.map((c) => c.costCategoryId)).toEqual([STAFF, IT]);
    expect(a.byYear.map((y) => y.year)).toEqual([2025]);
    expect(b.planned).toEqual({ total: 4_000_000n, federal: 2_600_000n, own: 1_400_000n });
    expect(b.actual).toEqual({ total: 500_000n, federal: 325_000n, own: 175_000n });
    expect(b.remaining).toBe(3_500_000n);
    expect(b.byYear.map((y) => [y.year, y.planned.total, y.actual.total])).toEqual([
      [2026, 1_000_000n, 500_000n],
      [2027, 3_000_000n, 0n],
    ]);
    expect(b.byCategory.find((c) => c.costCategoryId === IT)?.remaining).toBe(2_500_000n);
    expect(funding.plannedTotal).toEqual({ total: 214_000_000n, federal: 139_100_000n, own: 74_900_000n });
    expect(funding.actualTotal.total).toBe(500_000n);
  });

  it('gives each phase its rate, the programme cap and its grant', () => {
    expect(a.fundingRate).toBe(65);
    expect(a.cap).toBe(250_000_000n);
    expect(a.grant).toBeNull();
    expect(a.grantRemaining).toBeNull();
    expect(b.cap).toBe(1_500_000_000n);
    expect(b.grant?.finalProofDue).toBe('2030-07-15');
    expect(b.grantRemaining).toBe(2_600_000n - 325_000n);
  });

  it('counts submitted and paid call-offs as called off, paid ones as paid out, drafts not at all', () => {
    expect(b.calledOff).toBe(400_000n);
    expect(b.paidOut).toBe(100_000n);
    expect(funding.calledOffTotal).toBe(400_000n);
    expect(funding.callOffs.map((c) => [c.id, c.phase])).toEqual([
      ['c1', Phase.B],
      ['c2', Phase.B],
      ['c3', Phase.B],
    ]);
  });

  it('dates the proofs, earliest first, with a final proof that is due before it is recorded', () => {
    expect(funding.proofs.map((p) => [p.id, p.kind, p.dueDate, p.state])).toEqual([
      ['proof-2025', 'INTERIM', '2026-04-30', DeadlineState.OVERDUE],
      [null, 'FINAL', '2030-07-15', DeadlineState.OPEN],
    ]);
  });

  it('warns by the shared rules and names the measure that overspent', () => {
    expect(funding.warnings.map((w) => w.code).sort()).toEqual(
      [
        FundingWarningCode.CALLED_OFF_EXCEEDS_SPENT,
        FundingWarningCode.CATEGORY_OVERSPENT,
        FundingWarningCode.PHASE_A_MEASURES_CAP_EXCEEDED,
        FundingWarningCode.PROOF_OVERDUE,
      ].sort(),
    );
    const overspent = funding.warnings.find((w) => w.code === FundingWarningCode.CATEGORY_OVERSPENT);
    expect(overspent).toMatchObject({ measureId: 'measure-1', measureCode: 'TST-M01', costCategoryId: IT });
    expect(overspent?.message).toMatch(/^TST-M01: In einer Kostenart wurde mehr ausgegeben/);
    // strategy work counts towards the phase cap, not towards the measures cap
    const measuresCap = funding.warnings.find((w) => w.code === FundingWarningCode.PHASE_A_MEASURES_CAP_EXCEEDED);
    expect(measuresCap?.value).toBe(130_000_000n);
  });

  it('shows the programme the project is funded by', () => {
    expect(funding.modelProjectId).toBe('project');
    expect(funding.programme).toMatchObject({ code: 'MPSC-436', standardRate: 65, phaseBCap: 1_500_000_000n });
  });
});

describe('measureBudget', () => {
  const row = (categoryId: string | null, planned: number, spent: number): MeasureBudgetRow => ({
    measureId: 'measure-1',
    rate: 6500,
    categoryId,
    planned: String(planned),
    plannedFederal: String(Math.round(planned * 0.65)),
    spent: String(spent),
    spentFederal: String(Math.round(spent * 0.65)),
  });

  it('sums the categories of a measure', () => {
    const budget = measureBudget('measure-1', [row(STAFF, 1000, 400), row(IT, 2000, 2500)]);
    expect(budget.fundingRate).toBe(65);
    expect(budget.planned).toEqual({ total: 3000n, federal: 1950n, own: 1050n });
    expect(budget.actual).toEqual({ total: 2900n, federal: 1885n, own: 1015n });
    expect(budget.remaining).toBe(100n);
    expect(budget.byCategory.map((c) => [c.costCategoryId, c.remaining])).toEqual([
      [STAFF, 600n],
      [IT, -500n],
    ]);
  });

  it('gives a measure without money its rate and zeros', () => {
    const budget = measureBudget('measure-1', [row(null, 0, 0)]);
    expect(budget.byCategory).toEqual([]);
    expect(budget.planned.total).toBe(0n);
    expect(budget.fundingRate).toBe(65);
  });

  it('refuses an id without rows (not a measure)', () => {
    expect(() => measureBudget('nothing', [])).toThrow('No budget rows for measure nothing');
  });
});

describe('the reconciliation rules shared with the numerical statement', () => {
  it('counts submitted and paid call-offs, not drafts or rejected ones', () => {
    expect(
      calledOffCents([
        { status: 'DRAFT', amountCents: 1n },
        { status: 'SUBMITTED', amountCents: 20n },
        { status: 'PAID', amountCents: 300n },
        { status: 'REJECTED', amountCents: 4000n },
      ]),
    ).toBe(320n);
    expect(calledOffCents([])).toBe(0n);
  });

  it('leaves of a grant what the federal share of spending has not used, negative when overspent', () => {
    expect(grantRemainingCents(1_000n, 300n)).toBe(700n);
    expect(grantRemainingCents(1_000n, 1_200n)).toBe(-200n);
  });
});
