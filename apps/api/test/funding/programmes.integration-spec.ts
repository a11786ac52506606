import type ExcelJS from 'exceljs';
import { cellCents, download, EXPORTS, pdfText, readWorkbook, sessionOf } from '../reporting/downloads';
import {
  aMeasure,
  aMember,
  aPlatformAdmin,
  aProject,
  aProjectWithMeasures,
  assign,
  unique,
  WORLD_TIMEOUT,
} from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

/**
 * Rates and caps are data of the programme a project is funded by (decision 0032); Phase A strategy work counts
 * towards the phase cap but not towards its measures cap (decision 0033); grants are checked against rate and cap.
 */
const FUNDING = `query($id: ID!) { modelProject(id: $id) {
  fundingProgramme { code }
  funding { programme { code standardRate phaseBCap }
    phases { phase fundingRate cap planned { total federal own } }
    warnings { code severity message phase limit value } }
  measures(first: 10) { nodes { code budget { fundingRate planned { federal } } } } } }`;

const SET_PLAN = `mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`;
const UPDATE_MEASURE = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id version phase strategyWork } }`;
const UPDATE_PROJECT = `mutation($input: UpdateModelProjectInput!) { updateModelProject(input: $input) { id version } }`;
const CREATE_PROGRAMME = `mutation($input: CreateFundingProgrammeInput!) { createFundingProgramme(input: $input) { id code standardRate isDefault } }`;
const CREATE_GRANT = `mutation($input: CreateGrantInput!) { createGrant(input: $input) { id fundingRate grantAmount } }`;

const aProgramme = (overrides: Record<string, unknown> = {}) => ({
  code: 'LAND-SC-1',
  name: 'Landesprogramm Smarte Dörfer (Test)',
  funder: 'Testministerium',
  standardRate: 50,
  emergencyRate: 80,
  phaseACap: '500000.00',
  phaseAMeasuresCap: '100000.00',
  phaseBCap: '1000000.00',
  proofMonthsA: 12,
  proofMonthsB: 24,
  interimProofMonths: 3,
  ...overrides,
});

type Warning = { code: string; phase: string | null; limit: string | null; value: string | null; message: string };
type Phase = { phase: string; fundingRate: number; cap: string; planned: { total: string; federal: string } };

describe('funding programmes and Phase A', () => {
  const app = appPerBlock(async (t) => ({
    platform: await aPlatformAdmin(t),
    /** The administrator of a project that has nothing to do with the programmes. */
    admin: await aMember(t, await aProject(t), 'ADMIN'),
    categoryId: (await t.db.query(`SELECT id FROM cost_category ORDER BY sort_order LIMIT 1`)).rows[0].id as string,
  }));

  const measuresOf = async (projectId: string) =>
    (
      await app.t.db.query(`SELECT id, code, version FROM measure WHERE model_project_id = $1 ORDER BY code`, [
        projectId,
      ])
    ).rows as { id: string; code: string; version: number }[];
  const funding = async (projectId: string) => (await app.platform.data(FUNDING, { id: projectId })).modelProject;
  const codes = (ws: Warning[]) => ws.map((w) => w.code).sort();
  const plan = (measureId: string, planned: string, year = 2026) =>
    app.platform.data(SET_PLAN, { input: { measureId, year, costCategoryId: app.categoryId, planned } });
  const versionOf = async (projectId: string): Promise<number> =>
    (await app.t.db.query(`SELECT version FROM model_project WHERE id = $1`, [projectId])).rows[0].version;

  describe('a second programme', () => {
    /** A programme of the Land (50 %, Phase B capped at 1 m €) under a code of its own. */
    const aLandProgramme = async (): Promise<{ id: string; code: string }> =>
      (await app.platform.data(CREATE_PROGRAMME, { input: aProgramme({ code: unique('LAND-TEST-') }) }))
        .createFundingProgramme;
    /** A project of one measure with 2,000,000 € planned in Phase B; under the programme when one is given. */
    const aPlannedProject = async (programme?: { id: string }): Promise<{ id: string; code: string }> => {
      const code = unique('PRG');
      const { projectId } = await aProjectWithMeasures(app.t.db, code, 1);
      await plan((await measuresOf(projectId))[0].id, '2000000.00');
      if (programme)
        await app.platform.data(UPDATE_PROJECT, {
          input: { id: projectId, version: await versionOf(projectId), fundingProgrammeId: programme.id },
        });
      return { id: projectId, code };
    };

    it('is created by the platform only, with its caps consistent', async () => {
      expect(await app.admin.errorCode(CREATE_PROGRAMME, { input: aProgramme() })).toBe('FORBIDDEN');
      const bad = await app.platform.error(CREATE_PROGRAMME, { input: aProgramme({ phaseAMeasuresCap: '500000.01' }) });
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phaseAMeasuresCap' });
      const { rows } = await app.t.db.query(
        `SELECT count(*)::int AS n FROM funding_programme WHERE code = 'LAND-SC-1'`,
      );
      expect(rows[0].n).toBe(0);

      const { createFundingProgramme } = await app.platform.data(CREATE_PROGRAMME, { input: aProgramme() });
      expect(createFundingProgramme).toMatchObject({ code: 'LAND-SC-1', standardRate: 50, isDefault: false });
      expect(await app.platform.errorCode(CREATE_PROGRAMME, { input: aProgramme() })).toBe('CONFLICT');
      // the default programme first, then the new one (other scenarios add programmes of their own)
      const { fundingProgrammes } = await app.platform.data(`{ fundingProgrammes { code isDefault } }`);
      expect(fundingProgrammes.filter((p: { code: string }) => ['MPSC-436', 'LAND-SC-1'].includes(p.code))).toEqual([
        { code: 'MPSC-436', isDefault: true },
        { code: 'LAND-SC-1', isDefault: false },
      ]);
      expect(fundingProgrammes.filter((p: { isDefault: boolean }) => p.isDefault)).toEqual([
        { code: 'MPSC-436', isDefault: true },
      ]);
    });

    it('is assigned to a project by the platform only, and an unknown programme is refused', async () => {
      const programme = await aLandProgramme();
      const mpscProject = (await aPlannedProject()).id;
      const otherProject = (await aPlannedProject()).id;
      const version = await versionOf(otherProject);
      expect(
        await app.admin.errorCode(UPDATE_PROJECT, {
          input: { id: otherProject, version, fundingProgrammeId: programme.id },
        }),
      ).toBe('FORBIDDEN');
      const unknown = await app.platform.error(UPDATE_PROJECT, {
        input: { id: otherProject, version, fundingProgrammeId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fundingProgrammeId' });
      await app.platform.data(UPDATE_PROJECT, {
        input: { id: otherProject, version, fundingProgrammeId: programme.id },
      });
      expect((await funding(otherProject)).fundingProgramme.code).toBe(programme.code);
      expect((await funding(mpscProject)).fundingProgramme.code).toBe('MPSC-436');
    });

    it('gives the same plan other shares, caps and warnings', async () => {
      const programme = await aLandProgramme();
      const mpscProject = (await aPlannedProject()).id;
      const otherProject = (await aPlannedProject(programme)).id;
      const mpsc = await funding(mpscProject);
      const other = await funding(otherProject);
      const phaseB = (p: { funding: { phases: Phase[] } }) => p.funding.phases.find((x) => x.phase === 'B') as Phase;

      expect(mpsc.funding.programme).toEqual({ code: 'MPSC-436', standardRate: 65, phaseBCap: '15000000.00' });
      expect(phaseB(mpsc)).toMatchObject({
        fundingRate: 65,
        cap: '15000000.00',
        planned: { total: '2000000.00', federal: '1300000.00' },
      });
      expect(codes(mpsc.funding.warnings)).toEqual([]);
      expect(mpsc.measures.nodes[0].budget).toEqual({ fundingRate: 65, planned: { federal: '1300000.00' } });

      expect(other.funding.programme).toEqual({ code: programme.code, standardRate: 50, phaseBCap: '1000000.00' });
      expect(phaseB(other)).toMatchObject({
        fundingRate: 50,
        cap: '1000000.00',
        planned: { total: '2000000.00', federal: '1000000.00', own: '1000000.00' },
      });
      expect(codes(other.funding.warnings)).toEqual([]); // exactly at the cap
      expect(other.measures.nodes[0].budget).toEqual({ fundingRate: 50, planned: { federal: '1000000.00' } });

      await plan((await measuresOf(otherProject))[0].id, '0.02', 2027); // 0.01 € more federal money
      const warned = (await funding(otherProject)).funding.warnings as Warning[];
      expect(warned).toEqual([
        expect.objectContaining({
          code: 'PHASE_CAP_EXCEEDED',
          phase: 'B',
          limit: '1000000.00',
          value: '1000000.01',
        }),
      ]);
      expect(codes((await funding(mpscProject)).funding.warnings)).toEqual([]);
    });

    it('states the plan at the programme’s rate while there is no grant, and names the programme in the reports', async () => {
      const other = await aPlannedProject(await aLandProgramme());
      const otherProject = other.id;
      await plan((await measuresOf(otherProject))[0].id, '0.02', 2027);
      const response = await download(
        app.t,
        EXPORTS.statement(other.code, 'phase=B'),
        await sessionOf(app.t, app.platform.user),
      );
      expect(response.status).toBe(200);
      const overview = (await readWorkbook(response.body)).getWorksheet('Übersicht') as ExcelJS.Worksheet;
      expect([overview.getCell('C3').value, overview.getCell('D3').value]).toEqual(['Förderquote:', 0.5]);
      expect(String(overview.getCell('A2').value)).toMatch(/Zusage: noch nicht erfasst · Förderquote: 50 %/);
      const sums: bigint[][] = [];
      overview.eachRow((row) => {
        if (row.getCell(1).value === 'Summe') sums.push([3, 4, 5].map((c) => cellCents(row.getCell(c).value)));
      });
      // 2,000,000.02 € planned: 1,000,000.00 € + 0.01 € federal (each entry rounded on its own), the rest own share
      expect(sums).toEqual([[200_000_002n, 100_000_001n, 100_000_001n]]);
      const { rows } = await app.t.db.query(
        `SELECT sum(federal_share(c.planned_cents, 5000))::text AS federal FROM cost_plan_entry c WHERE c.model_project_id = $1`,
        [otherProject],
      );
      expect(rows[0].federal).toBe('100000001');

      const report = await download(
        app.t,
        EXPORTS.narrative(other.code, 'phase=B'),
        await sessionOf(app.t, app.platform.user),
      );
      expect(report.status).toBe(200);
      const { text } = pdfText(report.body);
      expect(text).toMatch(/Verwendungsnachweis · Landesprogramm Smarte Dörfer \(Test\) · Testministerium/);
      expect(text).not.toMatch(/KfW/);
    });

    it('gives a new grant the rate of the project’s programme and records the programme', async () => {
      const programme = await aLandProgramme();
      const otherProject = (await aPlannedProject(programme)).id;
      const { createGrant } = await app.platform.data(CREATE_GRANT, {
        input: { modelProjectId: otherProject, phase: 'B', eligibleCosts: '1000.01' },
      });
      expect(createGrant).toMatchObject({ fundingRate: 50, grantAmount: '500.01' });
      const { rows } = await app.t.db.query(
        `SELECT fp.code FROM "grant" g JOIN funding_programme fp ON fp.id = g.programme_id WHERE g.id = $1`,
        [createGrant.id],
      );
      expect(rows[0].code).toBe(programme.code);
      // a corrected programme takes the project's grants along
      const { version } = (await app.t.db.query(`SELECT version FROM model_project WHERE id = $1`, [otherProject]))
        .rows[0];
      const mpscId = (await app.t.db.query(`SELECT id FROM funding_programme WHERE code = 'MPSC-436'`)).rows[0].id;
      await app.platform.data(UPDATE_PROJECT, { input: { id: otherProject, version, fundingProgrammeId: mpscId } });
      const moved = await app.t.db.query(`SELECT programme_id, funding_rate_bp, version FROM "grant" WHERE id = $1`, [
        createGrant.id,
      ]);
      expect(moved.rows[0]).toEqual({ programme_id: mpscId, funding_rate_bp: 5000, version: 2 });
      // … each with its own history entry and a new version
      const history = await app.t.db.query(
        `SELECT action, before, after FROM audit_entry WHERE entity_type = 'Grant' AND entity_id = $1 ORDER BY id`,
        [createGrant.id],
      );
      expect(history.rows.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'UPDATE']);
      expect(history.rows[1].before).toMatchObject({ version: 1 });
      expect(history.rows[1].after).toMatchObject({ programmeId: mpscId, version: 2 });
      expect(history.rows[1].before.programmeId).not.toBe(mpscId);
      const back = await funding(otherProject);
      expect(back.funding.programme.code).toBe('MPSC-436');
      // the grant keeps its own rate; the caps are the programme's
      expect(back.funding.phases.find((p: Phase) => p.phase === 'B')).toMatchObject({
        fundingRate: 50,
        cap: '15000000.00',
      });
    });
  });

  describe('Phase A: strategy work and measures', () => {
    /**
     * A project whose two measures moved to Phase A, one to become strategy work (2,000,000 € planned, 1,300,000 €
     * federal at 65 %) and one implementation (1,000,000 €, 650,000 € federal); the first marked as strategy work
     * when asked for.
     */
    async function aPhaseAProject({ marked = false } = {}) {
      const { projectId } = await aProjectWithMeasures(app.t.db, unique('STRA'), 2);
      const [s, i] = await measuresOf(projectId);
      const toA = async (m: { id: string; version: number }, fields: Record<string, unknown> = {}) =>
        (await app.platform.data(UPDATE_MEASURE, { input: { id: m.id, version: m.version, phase: 'A', ...fields } }))
          .updateMeasure as { id: string; version: number };
      const strategy = await toA(s, marked ? { strategyWork: true } : {});
      const implementation = await toA(i);
      await plan(strategy.id, '2000000.00');
      await plan(implementation.id, '1000000.00');
      return { projectId, strategy, implementation };
    }

    it('counts everything towards the €1 m measures cap while nothing is marked as strategy work', async () => {
      const { projectId } = await aPhaseAProject();
      const { funding: f } = await funding(projectId);
      expect(f.warnings).toEqual([
        expect.objectContaining({ code: 'PHASE_A_MEASURES_CAP_EXCEEDED', limit: '1000000.00', value: '1950000.00' }),
      ]);
    });

    it('leaves strategy work out of the measures cap once marked, but not out of the phase cap', async () => {
      const { projectId, strategy } = await aPhaseAProject();
      const marked = (
        await app.platform.data(UPDATE_MEASURE, {
          input: { id: strategy.id, version: strategy.version, strategyWork: true },
        })
      ).updateMeasure;
      expect(marked).toMatchObject({ phase: 'A', strategyWork: true });
      expect((await funding(projectId)).funding.warnings).toEqual([]);

      // 1,950,000 € federal so far; 1,000,000 € more strategy work is 650,000 € federal: 2.6 m above the 2.5 m cap
      await plan(strategy.id, '1000000.00', 2027);
      const { funding: f } = await funding(projectId);
      expect(f.warnings).toEqual([
        expect.objectContaining({ code: 'PHASE_CAP_EXCEEDED', phase: 'A', limit: '2500000.00', value: '2600000.00' }),
      ]);
      expect(f.phases.find((p: Phase) => p.phase === 'A').planned.federal).toBe('2600000.00');
    });

    it('still warns when the implementation measures alone exceed €1 m', async () => {
      const { projectId, implementation } = await aPhaseAProject({ marked: true });
      await plan(implementation.id, '538461.55', 2027); // 350,000.01 € federal: 1,000,000.01 € of measures
      const { funding: f } = await funding(projectId);
      expect(f.warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'PHASE_A_MEASURES_CAP_EXCEEDED', value: '1000000.01' }),
        ]),
      );
      expect(f.warnings.find((w: Warning) => w.code === 'PHASE_A_MEASURES_CAP_EXCEEDED').message).toMatch(
        /ohne Strategiearbeit/,
      );
    });

    it('refuses strategy work outside Phase A, and writes nothing', async () => {
      const { projectId, strategy } = await aPhaseAProject({ marked: true });
      const toB = await app.platform.error(UPDATE_MEASURE, {
        input: { id: strategy.id, version: strategy.version, phase: 'B' },
      });
      expect(toB.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.strategyWork' });
      const phaseB = (await measuresOf(projectId))[0];
      expect(phaseB.version).toBe(strategy.version);
      const other = await aProjectWithMeasures(app.t.db, unique('STRB'), 1);
      const [b] = await measuresOf(other.projectId);
      const refused = await app.platform.error(UPDATE_MEASURE, {
        input: { id: b.id, version: b.version, strategyWork: true },
      });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.strategyWork' });
      const { rows } = await app.t.db.query(`SELECT strategy_work, version FROM measure WHERE id = $1`, [b.id]);
      expect(rows[0]).toEqual({ strategy_work: false, version: b.version });
    });

    it('is part of the plan: editors may not set it, everybody who reads the measure sees it', async () => {
      const project = await aProject(app.t);
      const editor = await aMember(app.t, project, 'EDITOR', { unit: project.members[0] });
      // a measure the editor answers for
      const m = await assign(app.t, await aMeasure(app.t, project, { status: 'IN_PROGRESS' }), [editor.user.id]);
      expect(
        await editor.errorCode(UPDATE_MEASURE, { input: { id: m.id, version: m.version, strategyWork: false } }),
      ).toBe('FORBIDDEN');
      const { measureByCode } = await editor.data(
        `query($code: String!) { measureByCode(code: $code) { strategyWork } }`,
        {
          code: m.code,
        },
      );
      expect(measureByCode.strategyWork).toBe(false);
    });
  });

  describe('grant consistency', () => {
    let projectId: string;

    beforeAll(async () => {
      ({ projectId } = await aProjectWithMeasures(app.t.db, unique('GRNT'), 1));
    }, WORLD_TIMEOUT);

    it('warns about a grant above eligible costs times its rate, and above the phase cap', async () => {
      await app.platform.data(CREATE_GRANT, {
        input: {
          modelProjectId: projectId,
          phase: 'A',
          eligibleCosts: '100.00',
          grantAmount: '70.00',
          ownShare: '30.00',
        },
      });
      await app.platform.data(CREATE_GRANT, {
        input: { modelProjectId: projectId, phase: 'B', eligibleCosts: '30000000.00', fundingRate: 65 },
      });
      const warnings = (await funding(projectId)).funding.warnings as Warning[];
      expect(warnings).toEqual([
        expect.objectContaining({ code: 'GRANT_EXCEEDS_RATE', phase: 'A', limit: '65.00', value: '70.00' }),
        expect.objectContaining({
          code: 'GRANT_EXCEEDS_PHASE_CAP',
          phase: 'B',
          limit: '15000000.00',
          value: '19500000.00',
        }),
      ]);
      expect(warnings[0].message).toMatch(/Förderquote/);
      expect(warnings[1].message).toMatch(/Obergrenze/);
    });
  });
});
