import { GraphqlClient } from '../graphql-client';
import type { TestApp } from '../test-app';
import { aVariedPortfolio, Measure } from './measures';
import { aProject, asOperator, Project, ProjectOptions } from './world';

/** Money of a project: grants, cost plans, expenditures, call-offs and proofs, created through /graphql. */

/** The cost categories every installation starts with (a migration writes them), by code. */
export async function costCategories(t: TestApp): Promise<Record<string, { id: string; name: string }>> {
  const { rows } = await t.db.query(`SELECT id, code, name FROM cost_category ORDER BY sort_order`);
  return Object.fromEntries(rows.map((r) => [r.code, { id: r.id, name: r.name }]));
}

export interface Grant {
  id: string;
  version: number;
  phase: string;
  commitmentNumber: string;
  commitmentDate: string | null;
}

/** The grant (Zusage) of a phase, at the rate of the project's programme unless given. */
export async function aGrant(
  t: TestApp,
  project: { id: string },
  fields: {
    phase: 'A' | 'B';
    eligibleCosts: string;
    commitmentNumber?: string;
    commitmentDate?: string;
    [field: string]: unknown;
  },
): Promise<Grant> {
  return asOperator(
    t,
    'createGrant',
    { modelProjectId: project.id, ...fields },
    { fields: 'id version phase commitmentNumber commitmentDate' },
  );
}

/** One cell of a measure's cost plan. */
export async function aCostPlanEntry(
  t: TestApp,
  measure: { id: string },
  entry: { year: number; costCategoryId: string; planned: string },
): Promise<{ id: string; version: number }> {
  return asOperator(t, 'setCostPlanEntry', { measureId: measure.id, ...entry });
}

/** An expenditure of the measure (recorded by the factories' operator unless a client is given). */
export async function anExpenditure(
  t: TestApp,
  measure: { id: string },
  fields: { costCategoryId: string; amount: string; spentOn: string; description?: string; documentReference?: string },
  client?: GraphqlClient,
): Promise<{ id: string; version: number }> {
  return asOperator(t, 'createExpenditure', { measureId: measure.id, description: 'Rechnung', ...fields }, { client });
}

/** A call-off of funds under the grant. */
export async function aCallOff(
  t: TestApp,
  grant: { id: string },
  fields: { requestedOn: string; amount: string; periodStart: string; periodEnd: string; [field: string]: unknown },
): Promise<{ id: string; version: number }> {
  return asOperator(t, 'createCallOff', { grantId: grant.id, ...fields });
}

/** A proof of use under the grant: submitted when `submittedOn` is given, else due. */
export async function aProof(
  t: TestApp,
  grant: { id: string },
  fields: { kind: 'INTERIM' | 'FINAL'; periodStart: string; periodEnd: string; submittedOn?: string },
): Promise<{ id: string; version: number }> {
  return asOperator(t, 'createProof', { grantId: grant.id, ...fields });
}

export interface FundedProject {
  project: Project;
  measures: Measure[];
  grants: { A: Grant; B: Grant };
}

/**
 * A project as its funder sees it: the varied portfolio (see `aVariedPortfolio`), a grant per phase (Phase B:
 * 15.5 m € eligible, 65 %), a cost plan for every measure and year (2021–2022 in Phase A, 2024–2027 in Phase B)
 * with odd cents that make the per-entry rounding show, expenditures up to this year, call-offs paid and submitted,
 * and interim proofs of the past years (the last one overdue when asked for), plus one due soon when asked for.
 */
export async function aFundedProject(
  t: TestApp,
  options: ProjectOptions & { proofOverdue?: boolean; proofDueSoon?: boolean } = {},
): Promise<FundedProject> {
  const { proofOverdue = false, proofDueSoon = false, ...projectOptions } = options;
  const project = await aProject(t, {
    phaseA: {
      plannedStart: '2021-03-01',
      plannedEnd: '2022-12-31',
      actualStart: '2021-03-01',
      actualEnd: '2022-12-31',
    },
    phaseB: { plannedStart: '2023-04-01', plannedEnd: '2027-12-31', actualStart: '2023-04-01' },
    ...projectOptions,
  });
  const measures = await aVariedPortfolio(t, project);
  const grants = {
    A: await aGrant(t, project, {
      phase: 'A',
      eligibleCosts: '250000.00',
      commitmentNumber: `KfW-436-${project.code}-A-2021/6989`,
      commitmentDate: '2021-02-10',
      periodStart: '2021-03-01',
      periodEnd: '2022-12-31',
    }),
    B: await aGrant(t, project, {
      phase: 'B',
      eligibleCosts: '15500000.00',
      commitmentNumber: `KfW-436-${project.code}-B-2023/1910`,
      commitmentDate: '2023-02-21',
      periodStart: '2023-04-01',
      periodEnd: '2027-12-31',
    }),
  };
  const categories = Object.values(await costCategories(t));
  const { rows } = await t.db.query(`SELECT id, phase, status FROM measure WHERE model_project_id = $1`, [project.id]);
  const facts = new Map(rows.map((r) => [r.id, r]));
  for (const [i, measure] of measures.entries()) {
    const { phase, status } = facts.get(measure.id);
    if (status === 'IDEA') continue;
    const years = phase === 'A' ? [2021, 2022] : [2024, 2025, 2026, 2027];
    for (const year of years) {
      const category = categories[(i + year) % 4];
      const cents = (i * 7 + year) % 100;
      const planned = 10_000 + 1_000 * i + 137 * (year - 2020);
      await aCostPlanEntry(t, measure, {
        year,
        costCategoryId: category.id,
        planned: `${planned}.${String(cents).padStart(2, '0')}`,
      });
      if (year > 2026 || status === 'PLANNING') continue;
      // about 60 % of the plan spent; every fifth measure a little more than planned
      const spent = i % 5 === 4 ? planned + 250 : Math.round(planned * 0.6);
      await anExpenditure(t, measure, {
        costCategoryId: category.id,
        amount: `${spent}.${String((cents * 3) % 100).padStart(2, '0')}`,
        spentOn: `${year}-06-15`,
        description: `Rechnung ${year}-${i + 1}`,
      });
    }
  }
  await aCallOff(t, grants.A, {
    requestedOn: '2022-07-20',
    amount: '15000.00',
    periodStart: '2021-03-01',
    periodEnd: '2022-06-30',
    status: 'PAID',
    paidOn: '2022-08-30',
  });
  await aCallOff(t, grants.B, {
    requestedOn: '2025-07-15',
    amount: '30000.00',
    periodStart: '2024-01-01',
    periodEnd: '2025-06-30',
    status: 'PAID',
    paidOn: '2025-08-29',
  });
  await aCallOff(t, grants.B, {
    requestedOn: '2026-07-10',
    amount: '20000.00',
    periodStart: '2025-07-01',
    periodEnd: '2026-06-30',
    status: 'SUBMITTED',
  });
  await aProof(t, grants.A, {
    kind: 'FINAL',
    periodStart: '2021-03-01',
    periodEnd: '2022-12-31',
    submittedOn: '2023-06-20',
  });
  for (const year of [2023, 2024, 2025]) {
    const last = year === 2025;
    await aProof(t, grants.B, {
      kind: 'INTERIM',
      periodStart: year === 2023 ? '2023-04-01' : `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      submittedOn: last && proofOverdue ? undefined : `${year + 1}-03-15`,
    });
  }
  // due four months after the end of its period: within the next weeks of the tests' "today"
  if (proofDueSoon) await aProof(t, grants.B, { kind: 'INTERIM', periodStart: '2026-01-01', periodEnd: '2026-08-21' });
  return { project, measures, grants };
}
