import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
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
  ProgrammeRules,
  sumCents,
} from '@masswerk/shared/domain';
import { Clock, LoaderRegistry } from '@masswerk/api/core';
import { CallOffEntity, CostCategoryEntity, GrantEntity, ProofEntity } from './funding.entities';
import {
  CategoryFunding,
  FundingWarningDto,
  MeasureBudget,
  PhaseFunding,
  ProjectFunding,
  Proof,
  WarningSeverity,
  YearFunding,
} from './dtos/funding.dto';
import { shares, toCallOff, toGrant, toProgramme, toProof } from './funding.mapper';
import { GrantService } from './grant.service';
import { ProgrammeService, rulesOf } from './programme.service';

export interface FundingPeriod {
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * The effective funding rate per project and phase: the grant's rate where a grant exists, otherwise the rate of the
 * project's programme (MPSC: 90 % in budgetary emergency, else 65 %). `projects` is an SQL condition on `p.id`.
 */
export function ratesSql(projects = 'p.id = ANY($1::uuid[])'): string {
  return `
  SELECT p.id AS project_id, ph.phase,
         coalesce(g.funding_rate_bp, CASE WHEN p.budgetary_emergency THEN fp.emergency_rate_bp ELSE fp.standard_rate_bp END) AS rate
    FROM model_project p
    CROSS JOIN (VALUES ('A'), ('B')) ph(phase)
    JOIN funding_programme fp ON fp.id = p.funding_programme_id
    LEFT JOIN "grant" g ON g.model_project_id = p.id AND g.phase = ph.phase
   WHERE ${projects}`;
}

interface AmountRow {
  projectId: string;
  phase: Phase;
  strategyWork: boolean;
  year: number;
  categoryId: string;
  total: string;
  federal: string;
}

interface OverspentRow {
  projectId: string;
  measureId: string;
  measureCode: string;
  phase: Phase;
  categoryId: string;
  planned: string;
  spent: string;
}

const PHASES = [Phase.A, Phase.B];

interface MeasureBudgetRow {
  measureId: string;
  rate: number;
  categoryId: string | null;
  planned: string;
  plannedFederal: string;
  spent: string;
  spentFederal: string;
}

/** One row per measure and cost category with money (one row with a null category for a measure without any). */
const MEASURE_BUDGET_SQL = `
  WITH m AS (SELECT id, model_project_id, phase FROM measure WHERE id = ANY($1::uuid[])),
       r AS (${ratesSql('p.id IN (SELECT model_project_id FROM m)')}),
       -- every project has a programme, so every measure has its rate (the grant's or the programme's)
       mr AS (SELECT m.id, r.rate FROM m JOIN r ON r.project_id = m.model_project_id AND r.phase = m.phase),
       pl AS (SELECT c.measure_id, c.cost_category_id, sum(c.planned_cents) AS planned,
                     sum(federal_share(c.planned_cents, mr.rate)) AS planned_federal
                FROM cost_plan_entry c JOIN mr ON mr.id = c.measure_id GROUP BY 1, 2),
       sp AS (SELECT e.measure_id, e.cost_category_id, sum(e.amount_cents) AS spent,
                     sum(federal_share(e.amount_cents, mr.rate)) AS spent_federal
                FROM expenditure e JOIN mr ON mr.id = e.measure_id GROUP BY 1, 2),
       x AS (SELECT * FROM pl FULL JOIN sp USING (measure_id, cost_category_id))
  SELECT mr.id AS "measureId", mr.rate, x.cost_category_id AS "categoryId",
         coalesce(x.planned, 0)::text AS planned, coalesce(x.planned_federal, 0)::text AS "plannedFederal",
         coalesce(x.spent, 0)::text AS spent, coalesce(x.spent_federal, 0)::text AS "spentFederal"
    FROM mr LEFT JOIN x ON x.measure_id = mr.id LEFT JOIN cost_category cc ON cc.id = x.cost_category_id
   ORDER BY mr.id, cc.sort_order, cc.id`;

/** Plan, actual, call-offs, proofs and warnings of model projects, in a handful of set-based statements. */
@Injectable()
export class FundingOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeService,
    private readonly grants: GrantService,
    private readonly clock: Clock,
  ) {}

  projectFundingLoader(loaders: LoaderRegistry, period: FundingPeriod): DataLoader<string, ProjectFunding> {
    return loaders.get(
      Symbol.for(`projectFunding:${period.from ?? ''}:${period.to ?? ''}`),
      () =>
        new DataLoader(async (projectIds: readonly string[]) => {
          const ids = [...projectIds];
          const [programmes, categories, rates, planned, spent, overspent, grants, callOffs, proofs] =
            await Promise.all([
              this.programmes.projectProgrammeLoader(loaders).loadMany(ids),
              this.dataSource.getRepository(CostCategoryEntity).find(),
              this.rates(ids),
              this.amounts('plan', ids, period),
              this.amounts('spent', ids, period),
              this.overspent(ids, period),
              this.grants.grantsLoader(loaders).loadMany(ids),
              this.grants.callOffsLoader(loaders).loadMany(ids),
              this.grants.proofsLoader(loaders).loadMany(ids),
            ]);
          const categoryOrder = new Map(categories.map((c) => [c.id, c.sortOrder]));
          return ids.map((projectId, i) => {
            const programme = unwrap(programmes[i]);
            return this.assemble(
              projectId,
              rulesOf(programme),
              toProgramme(programme),
              rates.get(projectId) ?? { A: programme.standardRateBp, B: programme.standardRateBp },
              planned.filter((r) => r.projectId === projectId),
              spent.filter((r) => r.projectId === projectId),
              overspent.filter((r) => r.projectId === projectId),
              unwrap(grants[i]),
              unwrap(callOffs[i]),
              unwrap(proofs[i]),
              categoryOrder,
            );
          });
        }),
    );
  }

  /**
   * Budgets of many measures in one statement: per measure and cost category the planned and spent cents and their
   * federal shares, each share rounded per entry like the statement (`federal_share` is the same rule as
   * `splitShares`). Cost plan entries and expenditures themselves load only when selected (MeasureBudgetEntriesResolver).
   */
  measureBudgetLoader(loaders: LoaderRegistry): DataLoader<string, MeasureBudget> {
    return loaders.get(
      Symbol.for('measureBudget'),
      () =>
        new DataLoader(async (measureIds: readonly string[]) => {
          const rows: MeasureBudgetRow[] = await this.dataSource.query(MEASURE_BUDGET_SQL, [measureIds]);
          const byMeasure = new Map<string, MeasureBudgetRow[]>();
          for (const row of rows) {
            const list = byMeasure.get(row.measureId);
            if (list) list.push(row);
            else byMeasure.set(row.measureId, [row]);
          }
          return measureIds.map((measureId) => this.budget(measureId, byMeasure.get(measureId) ?? []));
        }),
    );
  }

  private budget(measureId: string, rows: MeasureBudgetRow[]): MeasureBudget {
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

  private async rates(projectIds: string[]): Promise<Map<string, Record<Phase, BasisPoints>>> {
    const rows: { project_id: string; phase: Phase; rate: number }[] = await this.dataSource.query(ratesSql(), [
      projectIds,
    ]);
    const rates = new Map<string, Record<Phase, BasisPoints>>();
    for (const r of rows)
      rates.set(r.project_id, { ...(rates.get(r.project_id) ?? { A: r.rate, B: r.rate }), [r.phase]: r.rate });
    return rates;
  }

  private amounts(kind: 'plan' | 'spent', projectIds: string[], period: FundingPeriod): Promise<AmountRow[]> {
    const fromYear = period.from ? Number(period.from.slice(0, 4)) : null;
    const toYear = period.to ? Number(period.to.slice(0, 4)) : null;
    const sql =
      kind === 'plan'
        ? `WITH r AS (${ratesSql()})
           SELECT m.model_project_id AS "projectId", m.phase, m.strategy_work AS "strategyWork", c.year, c.cost_category_id AS "categoryId",
                  sum(c.planned_cents)::text AS total, sum(federal_share(c.planned_cents, r.rate))::text AS federal
             FROM cost_plan_entry c JOIN measure m ON m.id = c.measure_id JOIN r ON r.project_id = m.model_project_id AND r.phase = m.phase
            WHERE c.model_project_id = ANY($1::uuid[]) AND ($2::int IS NULL OR c.year >= $2) AND ($3::int IS NULL OR c.year <= $3)
            GROUP BY 1, 2, 3, 4, 5`
        : `WITH r AS (${ratesSql()})
           SELECT m.model_project_id AS "projectId", m.phase, m.strategy_work AS "strategyWork", extract(year FROM e.spent_on)::int AS year, e.cost_category_id AS "categoryId",
                  sum(e.amount_cents)::text AS total, sum(federal_share(e.amount_cents, r.rate))::text AS federal
             FROM expenditure e JOIN measure m ON m.id = e.measure_id JOIN r ON r.project_id = m.model_project_id AND r.phase = m.phase
            WHERE e.model_project_id = ANY($1::uuid[]) AND ($2::date IS NULL OR e.spent_on >= $2) AND ($3::date IS NULL OR e.spent_on <= $3)
            GROUP BY 1, 2, 3, 4, 5`;
    return this.dataSource.query(
      sql,
      kind === 'plan' ? [projectIds, fromYear, toYear] : [projectIds, period.from ?? null, period.to ?? null],
    );
  }

  private overspent(projectIds: string[], period: FundingPeriod): Promise<OverspentRow[]> {
    return this.dataSource.query(
      `WITH p AS (SELECT measure_id, cost_category_id, sum(planned_cents) AS planned FROM cost_plan_entry
                   WHERE model_project_id = ANY($1::uuid[]) AND ($2::int IS NULL OR year >= $2) AND ($3::int IS NULL OR year <= $3)
                   GROUP BY 1, 2),
            s AS (SELECT measure_id, cost_category_id, sum(amount_cents) AS spent FROM expenditure
                   WHERE model_project_id = ANY($1::uuid[]) AND ($4::date IS NULL OR spent_on >= $4) AND ($5::date IS NULL OR spent_on <= $5)
                   GROUP BY 1, 2)
       SELECT m.model_project_id AS "projectId", m.id AS "measureId", m.code AS "measureCode", m.phase, s.cost_category_id AS "categoryId",
              coalesce(p.planned, 0)::text AS planned, s.spent::text AS spent
         FROM s LEFT JOIN p USING (measure_id, cost_category_id) JOIN measure m ON m.id = s.measure_id
        WHERE s.spent > coalesce(p.planned, 0)
        ORDER BY m.code`,
      [
        projectIds,
        period.from ? Number(period.from.slice(0, 4)) : null,
        period.to ? Number(period.to.slice(0, 4)) : null,
        period.from ?? null,
        period.to ?? null,
      ],
    );
  }

  private assemble(
    projectId: string,
    rules: ProgrammeRules,
    programme: ProjectFunding['programme'],
    rates: Record<Phase, BasisPoints>,
    planned: AmountRow[],
    spent: AmountRow[],
    overspent: OverspentRow[],
    grants: GrantEntity[],
    callOffRows: CallOffEntity[],
    proofRows: ProofEntity[],
    categoryOrder: Map<string, number>,
  ): ProjectFunding {
    const today = this.clock.today();
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
        calledOff: sumCents(
          phaseCallOffs.filter((c) => c.status === 'SUBMITTED' || c.status === 'PAID').map((c) => c.amountCents),
        ),
        paidOut: sumCents(phaseCallOffs.filter((c) => c.status === 'PAID').map((c) => c.amountCents)),
        grantRemaining: grant ? grant.grantAmountCents - actualShares.federal : null,
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
      plannedTotal: shares(
        sumCents(phases.map((p) => p.planned.total)),
        sumCents(phases.map((p) => p.planned.federal)),
      ),
      actualTotal: shares(sumCents(phases.map((p) => p.actual.total)), sumCents(phases.map((p) => p.actual.federal))),
      calledOffTotal: sumCents(phases.map((p) => p.calledOff)),
      callOffs: callOffRows.map((c) => toCallOff(c, phaseOfGrant.get(c.grantId) as Phase)),
      proofs,
      warnings: warnings.map((w) => toWarningDto(w, w.measureId ? (codeOf.get(w.measureId) ?? null) : null)),
    };
  }
}

function unwrap<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}

function totals(rows: AmountRow[]) {
  return shares(sumCents(rows.map((r) => BigInt(r.total))), sumCents(rows.map((r) => BigInt(r.federal))));
}

function group(planned: AmountRow[], spent: AmountRow[], keyOf: (r: AmountRow) => string) {
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
