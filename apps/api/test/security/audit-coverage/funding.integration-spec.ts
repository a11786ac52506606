import { aProjectWithMeasures, unique } from '../../support/factories';
import {
  AuditContext,
  auditDelete,
  auditScenario,
  auditUpdate,
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
  const aGrantOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createGrant', {
      modelProjectId: (await aMeasureOf(ctx)).projectId,
      phase: 'B',
      eligibleCosts: '100000.00',
      commitmentDate: '2026-01-15',
    });
  const aCallOffOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createCallOff', {
      grantId: (await aGrantOf(ctx)).id,
      requestedOn: '2026-06-15',
      amount: '500.00',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
    });
  const aProofOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createProof', {
      grantId: (await aGrantOf(ctx)).id,
      kind: 'INTERIM',
      periodStart: '2026-01-15',
      periodEnd: '2026-12-31',
    });
  const anExpenditureOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createExpenditure', {
      measureId: (await aMeasureOf(ctx)).measureId,
      costCategoryId: await aCategory(ctx),
      amount: '1200.00',
      spentOn: '2026-05-15',
      description: 'Lizenz',
    });

  auditScenario('createCostCategory', async ({ platform, run }) => {
    const code = categoryCode();
    const c = await run(platform, 'createCostCategory', { code, name: 'Prüfkosten' });
    return [{ type: 'CostCategory', id: c.id, action: 'CREATE', after: { code } }];
  });

  auditScenario('updateCostCategory', async ({ platform, run, change, startHere }) => {
    const category = await run(platform, 'createCostCategory', {
      code: categoryCode(),
      name: 'Prüfkosten',
    });
    await startHere();
    const c = await change(platform, 'updateCostCategory', category, { name: 'Prüf- und Testkosten' });
    return [
      {
        type: 'CostCategory',
        id: c.id,
        action: 'UPDATE',
        before: { name: 'Prüfkosten' },
        after: { name: 'Prüf- und Testkosten' },
      },
    ];
  });

  /** A programme of its own: 50 %, interim proofs after 12 months. */
  const aProgramme = ({ platform, run }: AuditContext, code: string) =>
    run(platform, 'createFundingProgramme', {
      code,
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

  auditScenario('createFundingProgramme', async (ctx) => {
    const code = unique('PRUEF-');
    const x = await aProgramme(ctx, code);
    return [{ type: 'FundingProgramme', id: x.id, action: 'CREATE', after: { code, name: 'Prüfprogramm' } }];
  });

  auditUpdate(
    'updateFundingProgramme',
    'FundingProgramme',
    (ctx) => aProgramme(ctx, unique('PRUEF-')),
    { interimProofMonths: 13 },
    {
      before: { interimProofMonths: 12 },
      after: { interimProofMonths: 13 },
    },
  );

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

  auditScenario('createExpenditure', async (ctx) => {
    const { measureId } = await aMeasureOf(ctx);
    const costCategoryId = await aCategory(ctx);
    await ctx.startHere();
    const e = await ctx.run(ctx.platform, 'createExpenditure', {
      measureId,
      costCategoryId,
      amount: '1200.00',
      spentOn: '2026-05-15',
      description: 'Lizenz',
    });
    return [{ type: 'Expenditure', id: e.id, action: 'CREATE', after: { amountCents: '120000' } }];
  });

  auditUpdate(
    'updateExpenditure',
    'Expenditure',
    anExpenditureOf,
    { description: 'Lizenz 2026' },
    {
      before: { description: 'Lizenz' },
      after: { description: 'Lizenz 2026' },
    },
  );

  auditDelete('deleteExpenditure', 'Expenditure', anExpenditureOf, { description: 'Lizenz' });

  auditScenario('createGrant', async (ctx) => {
    const { projectId } = await aMeasureOf(ctx);
    await ctx.startHere();
    const g = await ctx.run(ctx.platform, 'createGrant', {
      modelProjectId: projectId,
      phase: 'B',
      eligibleCosts: '100000.00',
      commitmentDate: '2026-01-15',
    });
    return [{ type: 'Grant', id: g.id, action: 'CREATE', after: { phase: 'B', eligibleCostsCents: '10000000' } }];
  });

  auditUpdate(
    'updateGrant',
    'Grant',
    aGrantOf,
    { notes: 'Bescheid liegt vor' },
    {
      before: { notes: '' },
      after: { notes: 'Bescheid liegt vor' },
    },
  );

  auditDelete('deleteGrant', 'Grant', aGrantOf, { notes: '' });

  auditScenario('createCallOff', async (ctx) => {
    const grant = await aGrantOf(ctx);
    await ctx.startHere();
    const c = await ctx.run(ctx.platform, 'createCallOff', {
      grantId: grant.id,
      requestedOn: '2026-06-15',
      amount: '500.00',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
    });
    return [{ type: 'CallOff', id: c.id, action: 'CREATE', after: { amountCents: '50000', status: 'DRAFT' } }];
  });

  auditUpdate(
    'updateCallOff',
    'CallOff',
    aCallOffOf,
    { reference: 'MA-1' },
    {
      before: { reference: '' },
      after: { reference: 'MA-1' },
    },
  );

  auditDelete('deleteCallOff', 'CallOff', aCallOffOf, { reference: '' });

  auditScenario('createProof', async (ctx) => {
    const grant = await aGrantOf(ctx);
    await ctx.startHere();
    const p = await ctx.run(ctx.platform, 'createProof', {
      grantId: grant.id,
      kind: 'INTERIM',
      periodStart: '2026-01-15',
      periodEnd: '2026-12-31',
    });
    return [{ type: 'Proof', id: p.id, action: 'CREATE', after: { kind: 'INTERIM' } }];
  });

  auditUpdate(
    'updateProof',
    'Proof',
    aProofOf,
    { notes: 'in Arbeit' },
    {
      before: { notes: '' },
      after: { notes: 'in Arbeit' },
    },
  );

  auditDelete('deleteProof', 'Proof', aProofOf, { notes: '' });
});
