import { aProjectWithMeasures, unique } from '../../support/factories';
import {
  AuditContext,
  auditCreate,
  auditDelete,
  auditScenario,
  auditUpdate,
  created,
  describeAuditCoverage,
} from '../../support/audit-coverage';

/** A code of capitals only, as cost categories have them: AUD_B, AUD_BC … */
const categoryCode = () => `AUD_${unique('').replace(/\d/g, (d) => 'ABCDEFGHIJ'[Number(d)])}`;

describeAuditCoverage('funding', () => {
  /** A project of one measure of its own, written with SQL (the money is what these scenarios are about). */
  const aMeasureOf = async ({ t, idOf }: AuditContext) => {
    const { projectId } = await aProjectWithMeasures(t.db, unique('AUD'), 1);
    return { projectId, measureId: await idOf(`SELECT id FROM measure WHERE model_project_id = $1`, [projectId]) };
  };
  const aCategory = ({ idOf }: AuditContext) => idOf(`SELECT id FROM cost_category WHERE code = 'SACHKOSTEN'`, []);

  /** The inputs of the records these scenarios create, with what each needs built first. */
  const categoryInput = async () => ({ code: categoryCode(), name: 'Prüfkosten' });
  /** A programme of its own: 50 %, interim proofs after 12 months. */
  const programmeInput = async () => ({
    code: unique('PRUEF-'),
    name: 'Prüfprogramm',
    funder: 'Prüfstelle',
    standardRate: 50,
    emergencyRate: 80,
    phaseACap: '1000000.00',
    phaseAMeasuresCap: '400000.00',
    phaseBCap: '5000000.00',
    proofMonthsA: 24,
    proofMonthsB: 60,
    interimProofMonths: 12,
  });
  const expenditureInput = async (ctx: AuditContext) => ({
    measureId: (await aMeasureOf(ctx)).measureId,
    costCategoryId: await aCategory(ctx),
    amount: '1200.00',
    spentOn: '2026-05-15',
    description: 'Lizenz',
  });
  const grantInput = async (ctx: AuditContext) => ({
    modelProjectId: (await aMeasureOf(ctx)).projectId,
    phase: 'B',
    eligibleCosts: '100000.00',
    commitmentDate: '2026-01-15',
  });
  const callOffInput = async (ctx: AuditContext) => ({
    grantId: (await aGrantOf(ctx)).id,
    requestedOn: '2026-06-15',
    amount: '500.00',
    periodStart: '2026-04-01',
    periodEnd: '2026-06-30',
  });
  const proofInput = async (ctx: AuditContext) => ({
    grantId: (await aGrantOf(ctx)).id,
    kind: 'INTERIM',
    periodStart: '2026-01-15',
    periodEnd: '2026-12-31',
  });

  const aGrantOf = created('createGrant', grantInput);

  auditCreate('createCostCategory', 'CostCategory', categoryInput, ({ code }) => ({ code }));
  auditUpdate('updateCostCategory', 'CostCategory', created('createCostCategory', categoryInput), {
    name: ['Prüfkosten', 'Prüf- und Testkosten'],
  });

  auditCreate('createFundingProgramme', 'FundingProgramme', programmeInput, ({ code }) => ({
    code,
    name: 'Prüfprogramm',
  }));
  auditUpdate('updateFundingProgramme', 'FundingProgramme', created('createFundingProgramme', programmeInput), {
    interimProofMonths: [12, 13],
  });

  auditScenario('setCostPlanEntry', async (ctx) => {
    const { measureId } = await aMeasureOf(ctx);
    const costCategoryId = await aCategory(ctx);
    await ctx.startHere();
    await ctx.platform.data(`mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`, {
      input: { measureId, year: 2026, costCategoryId, planned: '5000.00' },
    });
    const id = await ctx.idOf(`SELECT id FROM cost_plan_entry WHERE measure_id = $1`, [measureId]);
    return [{ type: 'CostPlanEntry', id, action: 'CREATE', after: { year: 2026, plannedCents: '500000' } }];
  });

  const anExpenditureOf = created('createExpenditure', expenditureInput);
  auditCreate('createExpenditure', 'Expenditure', expenditureInput, { amountCents: '120000' });
  auditUpdate('updateExpenditure', 'Expenditure', anExpenditureOf, { description: ['Lizenz', 'Lizenz 2026'] });
  auditDelete('deleteExpenditure', 'Expenditure', anExpenditureOf, { description: 'Lizenz' });

  auditCreate('createGrant', 'Grant', grantInput, { phase: 'B', eligibleCostsCents: '10000000' });
  auditUpdate('updateGrant', 'Grant', aGrantOf, { notes: ['', 'Bescheid liegt vor'] });
  auditDelete('deleteGrant', 'Grant', aGrantOf, { notes: '' });

  const aCallOffOf = created('createCallOff', callOffInput);
  auditCreate('createCallOff', 'CallOff', callOffInput, { amountCents: '50000', status: 'DRAFT' });
  auditUpdate('updateCallOff', 'CallOff', aCallOffOf, { reference: ['', 'MA-1'] });
  auditDelete('deleteCallOff', 'CallOff', aCallOffOf, { reference: '' });

  const aProofOf = created('createProof', proofInput);
  auditCreate('createProof', 'Proof', proofInput, { kind: 'INTERIM' });
  auditUpdate('updateProof', 'Proof', aProofOf, { notes: ['', 'in Arbeit'] });
  auditDelete('deleteProof', 'Proof', aProofOf, { notes: '' });
});
