import { GraphqlClient } from '../graphql-client';
import type { TestApp } from '../test-app';
import { operatorOf } from './world';

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
  const { createGrant } = await (
    await operatorOf(t)
  ).data(
    `mutation($input: CreateGrantInput!) { createGrant(input: $input) { id version phase commitmentNumber commitmentDate } }`,
    { input: { modelProjectId: project.id, ...fields } },
  );
  return createGrant;
}

/** One cell of a measure's cost plan. */
export async function aCostPlanEntry(
  t: TestApp,
  measure: { id: string },
  entry: { year: number; costCategoryId: string; planned: string },
): Promise<{ id: string; version: number }> {
  const { setCostPlanEntry } = await (
    await operatorOf(t)
  ).data(`mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id version } }`, {
    input: { measureId: measure.id, ...entry },
  });
  return setCostPlanEntry;
}

/** An expenditure of the measure (recorded by the factories' operator unless a client is given). */
export async function anExpenditure(
  t: TestApp,
  measure: { id: string },
  fields: { costCategoryId: string; amount: string; spentOn: string; description?: string },
  client?: GraphqlClient,
): Promise<{ id: string; version: number }> {
  const { createExpenditure } = await (client ?? (await operatorOf(t))).data(
    `mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id version } }`,
    {
      input: { measureId: measure.id, description: 'Rechnung', ...fields },
    },
  );
  return createExpenditure;
}

/** A call-off of funds under the grant. */
export async function aCallOff(
  t: TestApp,
  grant: { id: string },
  fields: { requestedOn: string; amount: string; periodStart: string; periodEnd: string; [field: string]: unknown },
): Promise<{ id: string; version: number }> {
  const { createCallOff } = await (
    await operatorOf(t)
  ).data(`mutation($input: CreateCallOffInput!) { createCallOff(input: $input) { id version } }`, {
    input: { grantId: grant.id, ...fields },
  });
  return createCallOff;
}

/** A proof of use under the grant: submitted when `submittedOn` is given, else due. */
export async function aProof(
  t: TestApp,
  grant: { id: string },
  fields: { kind: 'INTERIM' | 'FINAL'; periodStart: string; periodEnd: string; submittedOn?: string },
): Promise<{ id: string; version: number }> {
  const { createProof } = await (
    await operatorOf(t)
  ).data(`mutation($input: CreateProofInput!) { createProof(input: $input) { id version } }`, {
    input: { grantId: grant.id, ...fields },
  });
  return createProof;
}
