import { aProjectWithMeasures, unique } from '../../support/factories';
import { AuditContext, auditScenario, describeAuditCoverage } from '../../support/audit-coverage';

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
    ctx.run(ctx.platform, 'createGrant', 'CreateGrantInput', {
      modelProjectId: (await aMeasureOf(ctx)).projectId,
      phase: 'B',
      eligibleCosts: '100000.00',
      commitmentDate: '2026-01-15',
    });
  const aCallOffOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createCallOff', 'CreateCallOffInput', {
      grantId: (await aGrantOf(ctx)).id,
      requestedOn: '2026-06-15',
      amount: '500.00',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
    });
  const aProofOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createProof', 'CreateProofInput', {
      grantId: (await aGrantOf(ctx)).id,
      kind: 'INTERIM',
      periodStart: '2026-01-15',
      periodEnd: '2026-12-31',
    });
  const anExpenditureOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createExpenditure', 'CreateExpenditureInput', {
      measureId: (await aMeasureOf(ctx)).measureId,
      costCategoryId: await aCategory(ctx),
      amount: '1200.00',
      spentOn: '2026-05-15',
      description: 'Lizenz',
    });

  auditScenario('createCostCategory', async ({ platform, run }) => {
    const code = categoryCode();
    const c = await run(platform, 'createCostCategory', 'CreateCostCategoryInput', { code, name: 'Prüfkosten' });
    return [{ type: 'CostCategory', id: c.id, action: 'CREATE', after: { code } }];
  });

  auditScenario('updateCostCategory', async ({ platform, run, startHere }) => {
    const category = await run(platform, 'createCostCategory', 'CreateCostCategoryInput', {
      code: categoryCode(),
      name: 'Prüfkosten',
    });
    await startHere();
    const c = await run(platform, 'updateCostCategory', 'UpdateCostCategoryInput', {
      id: category.id,
      version: category.version,
      name: 'Prüf- und Testkosten',
    });
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
    run(platform, 'createFundingProgramme', 'CreateFundingProgrammeInput', {
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

  auditScenario('updateFundingProgramme', async (ctx) => {
    const p = await aProgramme(ctx, unique('PRUEF-'));
    await ctx.startHere();
    await ctx.run(ctx.platform, 'updateFundingProgramme', 'UpdateFundingProgrammeInput', {
      id: p.id,
      version: p.version,
      interimProofMonths: 13,
    });
    return [
      {
        type: 'FundingProgramme',
        id: p.id,
        action: 'UPDATE',
        before: { interimProofMonths: 12 },
        after: { interimProofMonths: 13 },
      },
    ];
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

  auditScenario('createExpenditure', async (ctx) => {
    const { measureId } = await aMeasureOf(ctx);
    const costCategoryId = await aCategory(ctx);
    await ctx.startHere();
    const e = await ctx.run(ctx.platform, 'createExpenditure', 'CreateExpenditureInput', {
      measureId,
      costCategoryId,
      amount: '1200.00',
      spentOn: '2026-05-15',
      description: 'Lizenz',
    });
    return [{ type: 'Expenditure', id: e.id, action: 'CREATE', after: { amountCents: '120000' } }];
  });

  auditScenario('updateExpenditure', async (ctx) => {
    const expenditure = await anExpenditureOf(ctx);
    await ctx.startHere();
    const e = await ctx.run(ctx.platform, 'updateExpenditure', 'UpdateExpenditureInput', {
      id: expenditure.id,
      version: expenditure.version,
      description: 'Lizenz 2026',
    });
    return [
      {
        type: 'Expenditure',
        id: e.id,
        action: 'UPDATE',
        before: { description: 'Lizenz' },
        after: { description: 'Lizenz 2026' },
      },
    ];
  });

  auditScenario('deleteExpenditure', async (ctx) => {
    const expenditure = await anExpenditureOf(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteExpenditure', expenditure.id, expenditure.version);
    return [{ type: 'Expenditure', id: expenditure.id, action: 'DELETE', before: { description: 'Lizenz' } }];
  });

  auditScenario('createGrant', async (ctx) => {
    const { projectId } = await aMeasureOf(ctx);
    await ctx.startHere();
    const g = await ctx.run(ctx.platform, 'createGrant', 'CreateGrantInput', {
      modelProjectId: projectId,
      phase: 'B',
      eligibleCosts: '100000.00',
      commitmentDate: '2026-01-15',
    });
    return [{ type: 'Grant', id: g.id, action: 'CREATE', after: { phase: 'B', eligibleCostsCents: '10000000' } }];
  });

  auditScenario('updateGrant', async (ctx) => {
    const grant = await aGrantOf(ctx);
    await ctx.startHere();
    const g = await ctx.run(ctx.platform, 'updateGrant', 'UpdateGrantInput', {
      id: grant.id,
      version: grant.version,
      notes: 'Bescheid liegt vor',
    });
    return [
      { type: 'Grant', id: g.id, action: 'UPDATE', before: { notes: '' }, after: { notes: 'Bescheid liegt vor' } },
    ];
  });

  auditScenario('deleteGrant', async (ctx) => {
    const grant = await aGrantOf(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteGrant', grant.id, grant.version);
    return [{ type: 'Grant', id: grant.id, action: 'DELETE', before: { notes: '' } }];
  });

  auditScenario('createCallOff', async (ctx) => {
    const grant = await aGrantOf(ctx);
    await ctx.startHere();
    const c = await ctx.run(ctx.platform, 'createCallOff', 'CreateCallOffInput', {
      grantId: grant.id,
      requestedOn: '2026-06-15',
      amount: '500.00',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
    });
    return [{ type: 'CallOff', id: c.id, action: 'CREATE', after: { amountCents: '50000', status: 'DRAFT' } }];
  });

  auditScenario('updateCallOff', async (ctx) => {
    const callOff = await aCallOffOf(ctx);
    await ctx.startHere();
    const c = await ctx.run(ctx.platform, 'updateCallOff', 'UpdateCallOffInput', {
      id: callOff.id,
      version: callOff.version,
      reference: 'MA-1',
    });
    return [{ type: 'CallOff', id: c.id, action: 'UPDATE', before: { reference: '' }, after: { reference: 'MA-1' } }];
  });

  auditScenario('deleteCallOff', async (ctx) => {
    const callOff = await aCallOffOf(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteCallOff', callOff.id, callOff.version);
    return [{ type: 'CallOff', id: callOff.id, action: 'DELETE', before: { reference: '' } }];
  });

  auditScenario('createProof', async (ctx) => {
    const grant = await aGrantOf(ctx);
    await ctx.startHere();
    const p = await ctx.run(ctx.platform, 'createProof', 'CreateProofInput', {
      grantId: grant.id,
      kind: 'INTERIM',
      periodStart: '2026-01-15',
      periodEnd: '2026-12-31',
    });
    return [{ type: 'Proof', id: p.id, action: 'CREATE', after: { kind: 'INTERIM' } }];
  });

  auditScenario('updateProof', async (ctx) => {
    const proof = await aProofOf(ctx);
    await ctx.startHere();
    const p = await ctx.run(ctx.platform, 'updateProof', 'UpdateProofInput', {
      id: proof.id,
      version: proof.version,
      notes: 'in Arbeit',
    });
    return [{ type: 'Proof', id: p.id, action: 'UPDATE', before: { notes: '' }, after: { notes: 'in Arbeit' } }];
  });

  auditScenario('deleteProof', async (ctx) => {
    const proof = await aProofOf(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteProof', proof.id, proof.version);
    return [{ type: 'Proof', id: proof.id, action: 'DELETE', before: { notes: '' } }];
  });
});
