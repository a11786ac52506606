import {
  basisPointsToPercent,
  BasisPoints,
  Cents,
  finalProofDue,
  formatEuroDe,
  formatGermanDate,
  FundingWarning,
  FundingWarningCode,
  fundingWarnings,
  interimProofDue,
  IsoDate,
  Phase,
  phaseAMeasuresFederal,
  phaseCap,
  sumCents,
} from '@masswerk/shared/domain';
import { FundingProgrammeEntity } from '../programme/programme.entity';
import { rulesOf, toProgramme } from '../programme/programme.mapper';
import { GrantEntity } from '../grant/grant.entity';
import { CallOffEntity, CallOffStatus } from '../grant/call-off.entity';
import { ProofEntity } from '../grant/proof.entity';
import { toCallOff, toGrant, toProof } from '../grant/grant.mapper';
import { Proof } from '../grant/dtos/grant.dto';
import {
  CategoryFunding,
  FundingWarningDto,
  MeasureBudget,
  PhaseFunding,
  ProjectFunding,
  Shares,
  WarningSeverity,
  YearFunding,
} from './dtos/funding-overview.dto';
import type { AmountRow, MeasureBudgetRow, OverspentRow } from './funding-overview.sql';

/**
 * The funding overview as pure functions of the rows its statements read (funding-overview.sql.ts): plan against actual
 * per phase, category and year, call-offs, proofs with their deadlines, and the warnings of the shared funding rules.
 */

const PHASES = [Phase.A, Phase.B];

/** Everything the overview of one model project is made of, read in a handful of set-based statements. */
export interface ProjectFundingInput {
  projectId: string;
  programme: FundingProgrammeEntity;
  /** The effective rate per phase: the grant's, else the programme's. */
  rates: Record<Phase, BasisPoints>;
  planned: readonly AmountRow[];
  spent: readonly AmountRow[];
  overspent: readonly OverspentRow[];
  grants: readonly GrantEntity[];
  callOffs: readonly CallOffEntity[];
  proofs: readonly ProofEntity[];
  /** Sort order of the cost categories by id (unknown ones last). */
  categoryOrder: ReadonlyMap<string, number>;
  today: IsoDate;
}

/** A call-off counts as called off once it is submitted to the funder, and stays so when paid. */
export const CALLED_OFF_STATUSES: readonly CallOffStatus[] = ['SUBMITTED', 'PAID'];

/** The money called off under a grant: its submitted and paid call-offs (drafts and rejected ones do not count). */
export function calledOffCents(callOffs: readonly { status: CallOffStatus; amountCents: Cents }[]): Cents {
  return sumCents(callOffs.filter((c) => CALLED_OFF_STATUSES.includes(c.status)).map((c) => c.amountCents));
}

/** What is left of a grant: the grant amount less the federal share of the eligible spending (not the call-offs). */
export function grantRemainingCents(grantAmount: Cents, spentFederal: Cents): Cents {
  return grantAmount - spentFederal;
}

export function shares(total: Cents, federal: Cents): Shares {
  return { total, federal, own: total - federal };
}

/**
 * The funding of one model project: phases, totals, call-offs, proofs (a final proof is due from the commitment on,
 * recorded or not) and warnings.
 */
export function assembleProjectFunding({
  projectId,
  programme: programmeRow,
  rates,
  planned,
  spent,
  overspent,
  grants,
  callOffs: callOffRows,
  proofs: proofRows,
  categoryOrder,
  today,
}: ProjectFundingInput): ProjectFunding {
  const rules = rulesOf(programmeRow);
  const programme = toProgramme(programmeRow);
  const grantByPhase = new Map(grants.map((g) => [g.phase, g]));
  const phaseOfGrant = new Map(grants.map((g) => [g.id, g.phase]));
  const finalDue = (g: GrantEntity) => (g.commitmentDate ? finalProofDue(rules, g.phase, g.commitmentDate) : null);

  const phases: PhaseFunding[] = PHASES.map((phase) => {
    const p = planned.filter((r) => r.phase === phase);
    const s = spent.filter((r) => r.phase === phase);
    const grant = grantByPhase.get(phase) ?? null;
    const actualShares = totals(s);
    const phaseCallOffs = callOffRows.filter((c) => c.grantId === grant?.id);
    return {
      phase,
      fundingRate: basisPointsToPercent(rates[phase]),
      cap: phaseCap(rules, phase),
      grant: grant && toGrant(grant, finalDue(grant)),
      planned: totals(p),
      actual: actualShares,
      remaining: totals(p).total - actualShares.total,
      calledOff: calledOffCents(phaseCallOffs),
      paidOut: sumCents(phaseCallOffs.filter((c) => c.status === 'PAID').map((c) => c.amountCents)),
      grantRemaining: grant ? grantRemainingCents(grant.grantAmountCents, actualShares.federal) : null,
      byCategory: group(p, s, (r) => r.categoryId)
        .sort((a, b) => (categoryOrder.get(a.key) ?? 99) - (categoryOrder.get(b.key) ?? 99))
        .map(({ key, planned, actual }) => ({
          costCategoryId: key,
          planned,
          actual,
          remaining: planned.total - actual.total,
        })),
      byYear: group(p, s, (r) => String(r.year))
        .sort((a, b) => Number(a.key) - Number(b.key))
        .map(
          ({ key, planned, actual }): YearFunding => ({
            year: Number(key),
            planned,
            actual,
            remaining: planned.total - actual.total,
          }),
        ),
    };
  });

  const proofs: Proof[] = [
    ...proofRows.map((row) => {
      const grant = grants.find((g) => g.id === row.grantId) as GrantEntity;
      const due =
        row.kind === 'FINAL'
          ? (finalDue(grant) ?? interimProofDue(rules, row.periodEnd))
          : interimProofDue(rules, row.periodEnd);
      return toProof(row, grant.phase, due, today);
    }),
    // A final proof is due from the commitment on, whether or not the office has recorded it yet.
    ...grants
      .filter((g) => g.commitmentDate && !proofRows.some((r) => r.grantId === g.id && r.kind === 'FINAL'))
      .map((g) =>
        toProof(
          {
            id: null,
            grantId: g.id,
            kind: 'FINAL',
            periodStart: g.periodStart ?? (g.commitmentDate as string),
            periodEnd: g.periodEnd ?? (finalDue(g) as string),
            submittedOn: null,
            notes: '',
            version: null,
          },
          g.phase,
          finalDue(g) as string,
          today,
        ),
      ),
  ].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  const warnings = fundingWarnings(
    rules,
    phases.map((p) => ({
      phase: p.phase,
      rate: rates[p.phase],
      grant: p.grant && {
        phase: p.phase,
        rate: rates[p.phase],
        eligibleCosts: p.grant.eligibleCosts,
        grantAmount: p.grant.grantAmount,
        ownShare: p.grant.ownShare,
      },
      planned: p.planned,
      spent: p.actual,
      calledOff: p.calledOff,
    })),
    // strategy work counts towards the Phase A cap (above), only implementation measures towards the measures cap
    phaseAMeasuresFederal(planned.map((r) => ({ ...r, federal: BigInt(r.federal) }))),
    overspent.map((o) => ({
      measureId: o.measureId,
      phase: o.phase,
      categoryId: o.categoryId,
      planned: BigInt(o.planned),
      spent: BigInt(o.spent),
    })),
    proofs.map((p) => ({ phase: p.phase, dueDate: p.dueDate, submittedOn: p.submittedOn })),
    today,
  );
  const codeOf = new Map(overspent.map((o) => [o.measureId, o.measureCode]));

  return {
    modelProjectId: projectId,
    programme,
    phases,
    plannedTotal: shares(sumCents(phases.map((p) => p.planned.total)), sumCents(phases.map((p) => p.planned.federal))),
    actualTotal: shares(sumCents(phases.map((p) => p.actual.total)), sumCents(phases.map((p) => p.actual.federal))),
    calledOffTotal: sumCents(phases.map((p) => p.calledOff)),
    callOffs: callOffRows.map((c) => toCallOff(c, phaseOfGrant.get(c.grantId) as Phase)),
    proofs,
    warnings: warnings.map((w) => toWarningDto(w, w.measureId ? (codeOf.get(w.measureId) ?? null) : null)),
  };
}

/**
 * The budget of one measure from its rows of MEASURE_BUDGET_SQL: per cost category the planned and spent cents and
 * their federal shares (each rounded per entry in the statement), and the totals.
 */
export function measureBudget(measureId: string, rows: readonly MeasureBudgetRow[]): MeasureBudget {
  const categories: CategoryFunding[] = [];
  for (const r of rows) {
    if (r.categoryId === null) continue;
    const planned = BigInt(r.planned);
    const spent = BigInt(r.spent);
    categories.push({
      costCategoryId: r.categoryId,
      planned: shares(planned, BigInt(r.plannedFederal)),
      actual: shares(spent, BigInt(r.spentFederal)),
      remaining: planned - spent,
    });
  }
  const planned = shares(
    sumCents(categories.map((c) => c.planned.total)),
    sumCents(categories.map((c) => c.planned.federal)),
  );
  const actual = shares(
    sumCents(categories.map((c) => c.actual.total)),
    sumCents(categories.map((c) => c.actual.federal)),
  );
  // An id without a row is not a measure (the loader is only given ids of measures read before).
  if (!rows.length) throw new Error(`No budget rows for measure ${measureId}`);
  return {
    measureId,
    fundingRate: basisPointsToPercent(rows[0].rate),
    planned,
    actual,
    remaining: planned.total - actual.total,
    byCategory: categories,
  };
}

function totals(rows: readonly AmountRow[]) {
  return shares(sumCents(rows.map((r) => BigInt(r.total))), sumCents(rows.map((r) => BigInt(r.federal))));
}

function group(planned: readonly AmountRow[], spent: readonly AmountRow[], keyOf: (r: AmountRow) => string) {
  const keys = [...new Set([...planned, ...spent].map(keyOf))];
  return keys.map((key) => ({
    key,
    planned: totals(planned.filter((r) => keyOf(r) === key)),
    actual: totals(spent.filter((r) => keyOf(r) === key)),
  }));
}

const euro = (c: Cents | null) => (c === null ? '' : formatEuroDe(c));

/** German messages for the warnings; the code stays the stable key for clients. */
export function warningMessage(w: FundingWarning, measureCode: string | null): string {
  switch (w.code) {
    case FundingWarningCode.PHASE_CAP_EXCEEDED:
      return `Phase ${w.phase}: Der geplante Bundesanteil (${euro(w.value)}) übersteigt die Obergrenze des Programms (${euro(w.limit)}).`;
    case FundingWarningCode.PLAN_EXCEEDS_GRANT:
      return `Phase ${w.phase}: Die geplanten Kosten (${euro(w.value)}) übersteigen die zuwendungsfähigen Kosten der Zusage (${euro(w.limit)}).`;
    case FundingWarningCode.PHASE_A_MEASURES_CAP_EXCEEDED:
      return `Phase A: Der Bundesanteil der Umsetzungsmaßnahmen ohne Strategiearbeit (${euro(w.value)}) übersteigt die Grenze für erste Umsetzungsmaßnahmen (${euro(w.limit)}).`;
    case FundingWarningCode.CATEGORY_OVERSPENT:
      return `${measureCode ?? 'Maßnahme'}: In einer Kostenart wurde mehr ausgegeben (${euro(w.value)}) als geplant (${euro(w.limit)}).`;
    case FundingWarningCode.GRANT_INCONSISTENT:
      return `Phase ${w.phase}: Zuwendung und Eigenanteil (${euro(w.value)}) passen nicht zu den zuwendungsfähigen Kosten (${euro(w.limit)}).`;
    case FundingWarningCode.PROOF_DUE_SOON:
      return `Phase ${w.phase}: Ein Nachweis ist bis ${formatGermanDate(w.dueDate)} fällig.`;
    case FundingWarningCode.PROOF_OVERDUE:
      return `Phase ${w.phase}: Ein Nachweis ist seit ${formatGermanDate(w.dueDate)} überfällig.`;
    case FundingWarningCode.CALLED_OFF_EXCEEDS_SPENT:
      return `Phase ${w.phase}: Es wurden mehr Mittel abgerufen (${euro(w.value)}) als der Bundesanteil der Ausgaben (${euro(w.limit)}).`;
    case FundingWarningCode.GRANT_EXCEEDS_RATE:
      return `Phase ${w.phase}: Die Zuwendung (${euro(w.value)}) übersteigt die zuwendungsfähigen Kosten mal Förderquote (${euro(w.limit)}).`;
    case FundingWarningCode.GRANT_EXCEEDS_PHASE_CAP:
      return `Phase ${w.phase}: Die Zuwendung (${euro(w.value)}) übersteigt die Obergrenze des Programms für die Phase (${euro(w.limit)}).`;
  }
}

function toWarningDto(w: FundingWarning, measureCode: string | null): FundingWarningDto {
  return {
    code: w.code,
    severity: w.severity as WarningSeverity,
    message: warningMessage(w, measureCode),
    phase: w.phase,
    measureId: w.measureId,
    measureCode,
    costCategoryId: w.categoryId,
    limit: w.limit,
    value: w.value,
    dueDate: w.dueDate,
  };
}
