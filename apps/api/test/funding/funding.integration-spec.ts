import { moneyToString, splitShares } from '@masswerk/shared/domain';
import {
  aClusterOf,
  aFundedProject,
  aGrant,
  aMeasure,
  aMember,
  aPlatformAdmin,
  aProject,
  aProjectWithMeasures,
  anExpenditure,
  aProof,
  assign,
  unique,
} from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

const FUNDING = `query($code: String!) { modelProject(code: $code) { id funding {
  plannedTotal { total federal own } actualTotal { total federal own } calledOffTotal
  phases { phase fundingRate cap calledOff paidOut grantRemaining remaining
    grant { id version phase eligibleCosts grantAmount ownShare commitmentDate finalProofDue }
    planned { total federal own } actual { total federal own }
    byCategory { costCategoryId planned { total } actual { total } } byYear { year planned { total } actual { total } } }
  proofs { kind phase dueDate submittedOn state } warnings { code severity message measureCode phase } } } }`;

describe('funding', () => {
  /**
   * A funded project of a cluster (its office, funder, council and an editor), and the cluster peer; a measure of the
   * funded project the editor is responsible for.
   */
  const app = appPerBlock(async (t) => {
    const {
      cluster,
      projects: [peerProject],
    } = await aClusterOf(t, [{}]);
    const eif = await aFundedProject(t, { cluster });
    const admin = await aMember(t, eif.project, 'ADMIN');
    const funder = await aMember(t, eif.project, 'FUNDER');
    const council = await aMember(t, eif.project, 'COUNCIL');
    const editor = await aMember(t, eif.project, 'EDITOR', { unit: eif.project.members[0] });
    const editorsMeasure = await assign(t, await aMeasure(t, eif.project, { status: 'IN_PROGRESS' }), [editor.user.id]);
    const peer = await aMember(t, peerProject, 'ADMIN');
    const platform = await aPlatformAdmin(t);
    return { eif, admin, funder, council, editor, editorsMeasure, peer, platform };
  });

  describe('a funded project', () => {
    it('add up plan and actual per phase exactly as SQL does, share by share', async () => {
      const { modelProject } = await app.admin.data(FUNDING, { code: app.eif.project.code });
      for (const phase of modelProject.funding.phases) {
        const { rows } = await app.t.db.query(
          `SELECT (SELECT coalesce(sum(c.planned_cents), 0) FROM cost_plan_entry c JOIN measure m ON m.id = c.measure_id WHERE m.model_project_id = $1 AND m.phase = $2)::text AS planned,
                  (SELECT coalesce(sum(e.amount_cents), 0) FROM expenditure e JOIN measure m ON m.id = e.measure_id WHERE m.model_project_id = $1 AND m.phase = $2)::text AS spent,
                  (SELECT coalesce(sum(e.amount_cents * 65 / 100), 0) FROM expenditure e JOIN measure m ON m.id = e.measure_id WHERE m.model_project_id = $1 AND m.phase = $2)::text AS spent_federal_floor`,
          [modelProject.id, phase.phase],
        );
        expect(phase.planned.total).toBe(moneyToString(BigInt(rows[0].planned)));
        expect(phase.actual.total).toBe(moneyToString(BigInt(rows[0].spent)));
        // Shares always add up, and rounding per entry keeps the federal share within a cent per entry of 65 %.
        expect(BigInt(phase.planned.federal.replace('.', '')) + BigInt(phase.planned.own.replace('.', ''))).toBe(
          BigInt(rows[0].planned),
        );
        expect(phase.fundingRate).toBe(65);
        const byCategory = phase.byCategory.reduce(
          (s: bigint, c: { planned: { total: string } }) => s + BigInt(c.planned.total.replace('.', '')),
          0n,
        );
        expect(byCategory).toBe(BigInt(rows[0].planned));
        const byYear = phase.byYear.reduce(
          (s: bigint, c: { actual: { total: string } }) => s + BigInt(c.actual.total.replace('.', '')),
          0n,
        );
        expect(byYear).toBe(BigInt(rows[0].spent));
      }
      const grantB = modelProject.funding.phases.find((p: { phase: string }) => p.phase === 'B').grant;
      expect(grantB).toMatchObject({
        eligibleCosts: '15500000.00',
        grantAmount: '10075000.00',
        ownShare: '5425000.00',
      });
    });

    it('dates the final proof of Phase B 5 years 6 months after the commitment', async () => {
      const { modelProject } = await app.admin.data(FUNDING, { code: app.eif.project.code });
      const grantB = modelProject.funding.phases.find((p: { phase: string }) => p.phase === 'B').grant;
      const [y, m, d] = grantB.commitmentDate.split('-').map(Number);
      const expected = new Date(Date.UTC(y, m - 1 + 66, d)).toISOString().slice(0, 10);
      expect(grantB.finalProofDue).toBe(expected);
      expect(
        modelProject.funding.proofs.some(
          (p: { kind: string; phase: string; state: string }) =>
            p.kind === 'FINAL' && p.phase === 'B' && p.state === 'OPEN',
        ),
      ).toBe(true);
    });

    it('warn about an overdue interim proof in one project and one due soon in another', async () => {
      // last year's interim proof, due at the end of April, not submitted; this year's, due in December
      const aProjectWithInterimProof = async (periodStart: string, periodEnd: string) => {
        const project = await aProject(app.t);
        const grant = await aGrant(app.t, project, {
          phase: 'B',
          eligibleCosts: '100000.00',
          commitmentDate: '2023-02-01',
        });
        await aProof(app.t, grant, { kind: 'INTERIM', periodStart, periodEnd });
        return project;
      };
      const late = await aProjectWithInterimProof('2025-01-01', '2025-12-31');
      const soon = await aProjectWithInterimProof('2026-01-01', '2026-08-21');
      const wnd = (await app.platform.data(FUNDING, { code: late.code })).modelProject.funding;
      expect(wnd.warnings.map((w: { code: string }) => w.code)).toContain('PROOF_OVERDUE');
      const myk = (await app.platform.data(FUNDING, { code: soon.code })).modelProject.funding;
      expect(myk.warnings.map((w: { code: string }) => w.code)).toContain('PROOF_DUE_SOON');
      expect(myk.warnings.find((w: { code: string }) => w.code === 'PROOF_DUE_SOON').message).toMatch(/fällig/);
    });

    it('are not shown to cluster partners, neither the project nor a measure budget', async () => {
      const { modelProject } = await app.peer.data(
        `query($code: String!) { modelProject(code: $code) { funding { calledOffTotal } measures(first: 5) { nodes { budget { planned { total } } } } } }`,
        { code: app.eif.project.code },
      );
      expect(modelProject.funding).toBeNull();
      expect(modelProject.measures.nodes.length).toBeGreaterThan(0);
      expect(modelProject.measures.nodes.every((m: { budget: unknown }) => m.budget === null)).toBe(true);
    });

    it('are read by the funder of the project', async () => {
      const { modelProject } = await app.funder.data(FUNDING, { code: app.eif.project.code });
      expect(modelProject.funding.phases).toHaveLength(2);
    });
  });

  describe('a new project', () => {
    /** A project of three measures of its own for each scenario, FUND1-M001 … */
    let code: string;
    let projectId: string;
    let measureIds: string[];
    let categories: { id: string; code: string }[];

    beforeEach(async () => {
      code = unique('FUND');
      ({ projectId } = await aProjectWithMeasures(app.t.db, code, 3));
      measureIds = (
        await app.t.db.query(`SELECT id FROM measure WHERE model_project_id = $1 ORDER BY code`, [projectId])
      ).rows.map((r) => r.id);
      categories = (await app.t.db.query(`SELECT id, code FROM cost_category ORDER BY sort_order`)).rows;
    });

    /** The grant of Phase B the first scenario records, for the scenarios that start from it. */
    const withGrant = () =>
      aGrant(
        app.t,
        { id: projectId },
        {
          phase: 'B',
          eligibleCosts: '1000000.01',
          commitmentNumber: 'Z-1',
          commitmentDate: '2023-02-28',
        },
      );

    const funding = async () =>
      (
        await app.platform.data(
          `query($id: ID!) { modelProject(id: $id) { funding { phases { phase grant { id version grantAmount ownShare } planned { total federal own } actual { total federal own } calledOff grantRemaining } warnings { code measureCode } } } }`,
          { id: projectId },
        )
      ).modelProject.funding;

    it('gets a grant with the programme rate and derived shares', async () => {
      const { createGrant } = await app.platform.data(
        `mutation($input: CreateGrantInput!) { createGrant(input: $input) { phase fundingRate eligibleCosts grantAmount ownShare finalProofDue commitmentNumber } }`,
        {
          input: {
            modelProjectId: projectId,
            phase: 'B',
            eligibleCosts: '1000000.01',
            commitmentNumber: 'Z-1',
            commitmentDate: '2023-02-28',
          },
        },
      );
      expect(createGrant).toMatchObject({
        phase: 'B',
        fundingRate: 65,
        eligibleCosts: '1000000.01',
        grantAmount: '650000.01',
        ownShare: '350000.00',
        finalProofDue: '2028-08-28',
      });
    });

    it('refuses a second grant for the same phase and inconsistent amounts', async () => {
      await withGrant();
      const create = `mutation($input: CreateGrantInput!) { createGrant(input: $input) { id } }`;
      expect(
        await app.platform.errorCode(create, {
          input: { modelProjectId: projectId, phase: 'B', eligibleCosts: '10.00' },
        }),
      ).toBe('CONFLICT');
      const tooMuch = await app.platform.error(create, {
        input: { modelProjectId: projectId, phase: 'A', eligibleCosts: '100.00', grantAmount: '100.01', ownShare: '0' },
      });
      expect(tooMuch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.grantAmount' });
      const mismatch = await app.platform.error(create, {
        input: {
          modelProjectId: projectId,
          phase: 'A',
          eligibleCosts: '100.00',
          grantAmount: '60.00',
          ownShare: '35.00',
        },
      });
      expect(mismatch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownShare' });
    });

    it('refuses amounts that are not exact euros and cents', async () => {
      const create = `mutation($input: CreateGrantInput!) { createGrant(input: $input) { id } }`;
      for (const bad of ['1,50', '1.234', '1e6', 'viel']) {
        expect(
          await app.platform.errorCode(create, {
            input: { modelProjectId: projectId, phase: 'A', eligibleCosts: bad },
          }),
        ).toBe('BAD_USER_INPUT');
      }
    });

    it('plans a measure per year and category, and counts plan and spending per entry', async () => {
      await withGrant();
      const set = `mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id version planned } }`;
      const cell = (
        await app.platform.data(set, {
          input: { measureId: measureIds[0], year: 2026, costCategoryId: categories[0].id, planned: '1000.00' },
        })
      ).setCostPlanEntry;
      expect(cell).toMatchObject({ version: 1, planned: '1000.00' });
      // Without the version of the existing cell the change is refused: someone may have changed it meanwhile.
      expect(
        await app.platform.errorCode(set, {
          input: { measureId: measureIds[0], year: 2026, costCategoryId: categories[0].id, planned: '1200.00' },
        }),
      ).toBe('CONFLICT');
      const updated = (
        await app.platform.data(set, {
          input: {
            measureId: measureIds[0],
            year: 2026,
            costCategoryId: categories[0].id,
            planned: '1200.00',
            version: 1,
          },
        })
      ).setCostPlanEntry;
      expect(updated).toMatchObject({ version: 2, planned: '1200.00' });
      expect(
        await app.platform.errorCode(set, {
          input: {
            measureId: measureIds[0],
            year: 2026,
            costCategoryId: categories[0].id,
            planned: '-1.00',
            version: 2,
          },
        }),
      ).toBe('BAD_USER_INPUT');

      const spend = `mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id amount } }`;
      for (const amount of ['0.03', '0.03', '1250.00']) {
        await app.platform.data(spend, {
          input: {
            measureId: measureIds[0],
            costCategoryId: categories[0].id,
            spentOn: '2026-06-30',
            amount,
            description: 'Rechnung',
          },
        });
      }
      const b = (await funding()).phases.find((p: { phase: string }) => p.phase === 'B');
      expect(b.planned).toEqual({ total: '1200.00', federal: '780.00', own: '420.00' });
      // 0.03 € → federal 0.02 € each (1.95 ct rounded half up), 1250 € → 812.50 €.
      expect(b.actual).toEqual({ total: '1250.06', federal: '812.54', own: '437.52' });
      expect(splitShares(3n, 6500).federal).toBe(2n);
      expect((await funding()).warnings).toEqual([{ code: 'CATEGORY_OVERSPENT', measureCode: `${code}-M001` }]);
    });

    it('refuses an expenditure in the future, of zero, or in an unknown category', async () => {
      const spend = `mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id } }`;
      const base = {
        measureId: measureIds[1],
        costCategoryId: categories[1].id,
        spentOn: '2026-11-21',
        amount: '10.00',
        description: 'x',
      };
      expect((await app.platform.error(spend, { input: { ...base, spentOn: '2026-11-22' } })).extensions).toMatchObject(
        {
          code: 'BAD_USER_INPUT',
          field: 'input.spentOn',
        },
      );
      expect(await app.platform.errorCode(spend, { input: { ...base, amount: '0.00' } })).toBe('BAD_USER_INPUT');
      expect(
        await app.platform.errorCode(spend, {
          input: { ...base, costCategoryId: '00000000-0000-4000-8000-000000000000' },
        }),
      ).toBe('BAD_USER_INPUT');
      expect(await app.platform.errorCode(spend, { input: { ...base, description: '   ' } })).toBe('BAD_USER_INPUT');
    });

    it('records call-offs up to the grant, and warns when more is called off than was spent', async () => {
      await withGrant();
      // 1,250.06 € spent: 812.54 € federal
      for (const amount of ['0.03', '0.03', '1250.00'])
        await anExpenditure(
          app.t,
          { id: measureIds[0] },
          { costCategoryId: categories[0].id, spentOn: '2026-06-30', amount },
        );
      const grant = (await funding()).phases.find((p: { phase: string }) => p.phase === 'B').grant;
      const callOff = `mutation($input: CreateCallOffInput!) { createCallOff(input: $input) { id amount status phase } }`;
      const ok = (
        await app.platform.data(callOff, {
          input: {
            grantId: grant.id,
            requestedOn: '2026-07-15',
            amount: '900.00',
            periodStart: '2026-01-01',
            periodEnd: '2026-06-30',
            status: 'SUBMITTED',
          },
        })
      ).createCallOff;
      expect(ok).toMatchObject({ amount: '900.00', status: 'SUBMITTED', phase: 'B' });
      const b = (await funding()).phases.find((p: { phase: string }) => p.phase === 'B');
      expect(b.calledOff).toBe('900.00');
      expect((await funding()).warnings.map((w: { code: string }) => w.code)).toContain('CALLED_OFF_EXCEEDS_SPENT');
      const tooMuch = await app.platform.error(callOff, {
        input: {
          grantId: grant.id,
          requestedOn: '2026-07-15',
          amount: '650000.00',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          status: 'SUBMITTED',
        },
      });
      expect(tooMuch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      const paidWithoutDate = await app.platform.error(callOff, {
        input: {
          grantId: grant.id,
          requestedOn: '2026-07-15',
          amount: '1.00',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          status: 'PAID',
        },
      });
      expect(paidWithoutDate.extensions).toMatchObject({ field: 'input.paidOn' });
    });

    it('warns when the planned federal share of Phase B exceeds the €15 m cap', async () => {
      await withGrant();
      const set = `mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`;
      await app.platform.data(set, {
        input: { measureId: measureIds[2], year: 2027, costCategoryId: categories[3].id, planned: '23100000.00' },
      });
      expect((await funding()).warnings.map((w: { code: string }) => w.code)).toEqual(
        expect.arrayContaining(['PHASE_CAP_EXCEEDED', 'PLAN_EXCEEDS_GRANT']),
      );
    });

    it('lets editors record expenditures only on their measures, and nobody but members read them', async () => {
      const spend = `mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id } }`;
      expect(
        await app.editor.errorCode(spend, {
          input: {
            measureId: measureIds[0],
            costCategoryId: categories[0].id,
            spentOn: '2026-06-30',
            amount: '1.00',
            description: 'x',
          },
        }),
      ).toBe('FORBIDDEN');
      const eifM01 = app.editorsMeasure.id;
      const { createExpenditure } = await app.editor.data(spend, {
        input: {
          measureId: eifM01,
          costCategoryId: categories[0].id,
          spentOn: '2026-11-20',
          amount: '99.99',
          description: 'Workshop-Catering',
        },
      });
      expect(createExpenditure.id).toBeTruthy();
      expect(
        await app.council.errorCode(spend, {
          input: {
            measureId: eifM01,
            costCategoryId: categories[0].id,
            spentOn: '2026-11-20',
            amount: '1.00',
            description: 'x',
          },
        }),
      ).toBe('FORBIDDEN');
      const { rows } = await app.t.db.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'Expenditure' AND entity_id = $1`,
        [createExpenditure.id],
      );
      expect(rows[0].n).toBe(1);
    });
  });

  it('rounds the federal share in SQL exactly as in TypeScript', async () => {
    const amounts = [0n, 1n, 2n, 3n, 10n, 99n, 333n, 12345n, 1000001n, 987654321n, -1n, -3n, -12345n];
    for (const rate of [6500, 9000, 0, 10000, 3333]) {
      const { rows } = await app.t.db.query(
        `SELECT a::text AS amount, federal_share(a, $2)::text AS federal FROM unnest($1::bigint[]) a`,
        [amounts.map(String), rate],
      );
      for (const row of rows) expect(BigInt(row.federal)).toBe(splitShares(BigInt(row.amount), rate).federal);
    }
  });

  describe('deleting a grant (decision 0026)', () => {
    it('is refused with CONFLICT while call-offs or proofs depend on it, naming them, and writes nothing', async () => {
      const { projectId } = await aProjectWithMeasures(app.t.db, 'GDL', 1);
      const grant = (
        await app.platform.data(`mutation($input: CreateGrantInput!) { createGrant(input: $input) { id version } }`, {
          input: { modelProjectId: projectId, phase: 'A', eligibleCosts: '10000.00', commitmentDate: '2026-01-15' },
        })
      ).createGrant;
      const callOff = (
        await app.platform.data(
          `mutation($input: CreateCallOffInput!) { createCallOff(input: $input) { id version } }`,
          {
            input: {
              grantId: grant.id,
              requestedOn: '2026-06-15',
              amount: '100.00',
              periodStart: '2026-04-01',
              periodEnd: '2026-06-30',
            },
          },
        )
      ).createCallOff;
      const proof = (
        await app.platform.data(`mutation($input: CreateProofInput!) { createProof(input: $input) { id version } }`, {
          input: { grantId: grant.id, kind: 'INTERIM', periodStart: '2026-01-15', periodEnd: '2026-12-31' },
        })
      ).createProof;
      const del = (name: string, id: string, version: number) =>
        app.platform.request(`mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) }`, {
          id,
          version,
        });
      const lastAudit = async () => (await app.t.db.query(`SELECT max(id)::text AS id FROM audit_entry`)).rows[0].id;

      const before = await lastAudit();
      const refused = (await del('deleteGrant', grant.id, grant.version)).errors?.[0];
      expect(refused?.extensions).toMatchObject({ code: 'CONFLICT', callOffs: 1, proofs: 1 });
      expect(refused?.message).toContain('1 Mittelabruf und 1 Nachweis');
      expect(await lastAudit()).toBe(before);
      const { rows } = await app.t.db.query(
        `SELECT (SELECT count(*) FROM "grant" WHERE id = $1)::int AS grants,
                (SELECT count(*) FROM call_off WHERE grant_id = $1)::int AS call_offs,
                (SELECT count(*) FROM proof WHERE grant_id = $1)::int AS proofs`,
        [grant.id],
      );
      expect(rows[0]).toEqual({ grants: 1, call_offs: 1, proofs: 1 });

      // Without the call-off the proof still holds it; without both it goes.
      expect((await del('deleteCallOff', callOff.id, callOff.version)).errors).toBeUndefined();
      const stillRefused = (await del('deleteGrant', grant.id, grant.version)).errors?.[0];
      expect(stillRefused?.extensions).toMatchObject({ code: 'CONFLICT', callOffs: 0, proofs: 1 });
      expect(stillRefused?.message).not.toContain('Mittelabruf');
      expect((await del('deleteProof', proof.id, proof.version)).errors).toBeUndefined();
      expect((await del('deleteGrant', grant.id, grant.version)).data).toEqual({ deleteGrant: grant.id });
    });
  });
});
