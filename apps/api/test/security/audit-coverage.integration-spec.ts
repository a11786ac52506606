import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Audit coverage: every mutation of the generated schema is classified here, either as audited (with a call through
 * /graphql and the exact history entries it must write) or as not audited with a reason. A new mutation without a
 * classification fails the first test. The scenarios run in order on one database and share what they create; each
 * is checked on its own: the entries written while it ran are exactly the expected ones (one per record changed, in
 * one transaction), nothing more. audit.integration-spec.ts covers the history in GraphQL, append-only storage and
 * changes that fail halfway; this file covers breadth.
 */

const SCHEMA_FILE = join(__dirname, '../../schema.gql');

/** Mutations that write no history entry, each with the reason. */
const NOT_AUDITED: Record<string, string> = {
  signIn: 'starts a session; sign-ins are counted in the sign-in limits, not in the change history',
  signOut: 'ends a session; no record of the plan, funding or accounts changes',
};

interface Expected {
  type: string;
  id: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  /** Fields the entry's before must have (for UPDATE and DELETE). */
  before?: Record<string, unknown>;
  /** Fields the entry's after must have (for CREATE and UPDATE). */
  after?: Record<string, unknown>;
}

interface AuditRow {
  transaction_id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  measure_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const sorted = (ids: string[]) => [...ids].sort();

describe('audit coverage: every mutation is classified, and every audited one writes exactly its entries', () => {
  let t: TestApp;
  let platform: GraphqlClient;
  let admin: GraphqlClient;
  let mark = '0';

  const lastAuditId = async (): Promise<string> =>
    (await t.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_entry`)).rows[0].id;
  const auditSince = async (id: string): Promise<AuditRow[]> =>
    (
      await t.db.query(
        `SELECT transaction_id::text, entity_type, entity_id, action, measure_id, before, after
           FROM audit_entry WHERE id > $1 ORDER BY id`,
        [id],
      )
    ).rows;
  /** Entries written before this call (a scenario's set-up) are not the scenario's. */
  const startHere = async () => {
    mark = await lastAuditId();
  };
  const idOf = async (sql: string, params: unknown[]): Promise<string> => (await t.db.query(sql, params)).rows[0].id;

  /** What the scenarios create and pass on. */
  const s: Record<string, { id: string; version: number }> = {};
  const keep = (key: string, record: { id: string; version: number }) => {
    s[key] = { id: record.id, version: record.version };
    return record;
  };
  /** A mutation returning `{ id version }` under its name. */
  const run = async (client: GraphqlClient, name: string, type: string, input: Record<string, unknown>) =>
    (await client.data(`mutation($input: ${type}!) { ${name}(input: $input) { id version } }`, { input }))[name] as {
      id: string;
      version: number;
    };
  const remove = async (client: GraphqlClient, name: string, id: string, version?: number) =>
    (
      await client.data(
        version === undefined
          ? `mutation($id: ID!) { ${name}(id: $id) }`
          : `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) }`,
        { id, version },
      )
    )[name] as string;

  let unitId = '';
  let memberUserId = '';
  let memberClient: GraphqlClient;

  /** In the order they run; each returns the entries it must have written. */
  const AUDITED: Record<string, () => Promise<Expected[]>> = {
    createTerritorialUnit: async () => {
      const u = keep(
        'kreis',
        await run(platform, 'createTerritorialUnit', 'CreateTerritorialUnitInput', {
          kind: 'LANDKREIS',
          name: 'Landkreis Prüfstadt',
        }),
      );
      return [{ type: 'TerritorialUnit', id: u.id, action: 'CREATE', after: { name: 'Landkreis Prüfstadt' } }];
    },
    updateTerritorialUnit: async () => {
      const u = keep(
        'kreis',
        await run(platform, 'updateTerritorialUnit', 'UpdateTerritorialUnitInput', {
          id: s.kreis.id,
          version: s.kreis.version,
          name: 'Landkreis Prüfheim',
        }),
      );
      unitId = u.id;
      return [
        {
          type: 'TerritorialUnit',
          id: u.id,
          action: 'UPDATE',
          before: { name: 'Landkreis Prüfstadt' },
          after: { name: 'Landkreis Prüfheim' },
        },
      ];
    },
    createCluster: async () => {
      const c = keep('cluster', await run(platform, 'createCluster', 'CreateClusterInput', { name: 'Prüfcluster' }));
      return [{ type: 'Cluster', id: c.id, action: 'CREATE', after: { name: 'Prüfcluster' } }];
    },
    updateCluster: async () => {
      const c = keep(
        'cluster',
        await run(platform, 'updateCluster', 'UpdateClusterInput', {
          id: s.cluster.id,
          version: s.cluster.version,
          name: 'Prüfverbund',
        }),
      );
      return [
        {
          type: 'Cluster',
          id: c.id,
          action: 'UPDATE',
          before: { name: 'Prüfcluster' },
          after: { name: 'Prüfverbund' },
        },
      ];
    },
    createModelProject: async () => {
      const p = keep(
        'project',
        await run(platform, 'createModelProject', 'CreateModelProjectInput', {
          code: 'AUD',
          name: 'Modellprojekt Prüfheim',
          cohortYear: 2026,
          leadUnitId: unitId,
          clusterId: s.cluster.id,
        }),
      );
      return [{ type: 'ModelProject', id: p.id, action: 'CREATE', after: { code: 'AUD', clusterId: s.cluster.id } }];
    },
    updateModelProject: async () => {
      const p = keep(
        'project',
        await run(platform, 'updateModelProject', 'UpdateModelProjectInput', {
          id: s.project.id,
          version: s.project.version,
          name: 'Modellprojekt Prüfheim-Land',
        }),
      );
      return [
        {
          type: 'ModelProject',
          id: p.id,
          action: 'UPDATE',
          before: { name: 'Modellprojekt Prüfheim' },
          after: { name: 'Modellprojekt Prüfheim-Land' },
        },
      ];
    },
    createCostCategory: async () => {
      const c = keep(
        'category',
        await run(platform, 'createCostCategory', 'CreateCostCategoryInput', { code: 'AUD', name: 'Prüfkosten' }),
      );
      return [{ type: 'CostCategory', id: c.id, action: 'CREATE', after: { code: 'AUD' } }];
    },
    updateCostCategory: async () => {
      const c = keep(
        'category',
        await run(platform, 'updateCostCategory', 'UpdateCostCategoryInput', {
          id: s.category.id,
          version: s.category.version,
          name: 'Prüf- und Testkosten',
        }),
      );
      return [
        {
          type: 'CostCategory',
          id: c.id,
          action: 'UPDATE',
          before: { name: 'Prüfkosten' },
          after: { name: 'Prüf- und Testkosten' },
        },
      ];
    },
    createFundingProgramme: async () => {
      const x = await run(platform, 'createFundingProgramme', 'CreateFundingProgrammeInput', {
        code: 'PRUEF-1',
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
      return [
        { type: 'FundingProgramme', id: x.id, action: 'CREATE', after: { code: 'PRUEF-1', name: 'Prüfprogramm' } },
      ];
    },
    updateFundingProgramme: async () => {
      const { fundingProgramme: p } = await platform.data(`{ fundingProgramme { id version interimProofMonths } }`);
      await run(platform, 'updateFundingProgramme', 'UpdateFundingProgrammeInput', {
        id: p.id,
        version: p.version,
        interimProofMonths: p.interimProofMonths + 1,
      });
      return [
        {
          type: 'FundingProgramme',
          id: p.id,
          action: 'UPDATE',
          before: { interimProofMonths: p.interimProofMonths },
          after: { interimProofMonths: p.interimProofMonths + 1 },
        },
      ];
    },
    createStrategy: async () => {
      const x = keep(
        'strategy',
        await run(platform, 'createStrategy', 'CreateStrategyInput', {
          modelProjectId: s.project.id,
          title: 'Prüfstrategie',
        }),
      );
      return [{ type: 'Strategy', id: x.id, action: 'CREATE', after: { title: 'Prüfstrategie' } }];
    },
    updateStrategy: async () => {
      const x = keep(
        'strategy',
        await run(platform, 'updateStrategy', 'UpdateStrategyInput', {
          id: s.strategy.id,
          version: s.strategy.version,
          title: 'Digitalstrategie Prüfheim',
        }),
      );
      return [
        {
          type: 'Strategy',
          id: x.id,
          action: 'UPDATE',
          before: { title: 'Prüfstrategie' },
          after: { title: 'Digitalstrategie Prüfheim' },
        },
      ];
    },
    addStrategyVersion: async () => {
      const v = keep(
        'strategyVersion',
        await run(platform, 'addStrategyVersion', 'AddStrategyVersionInput', {
          strategyId: s.strategy.id,
          label: 'Entwurf',
        }),
      );
      return [{ type: 'StrategyVersion', id: v.id, action: 'CREATE', after: { label: 'Entwurf', versionNumber: 1 } }];
    },
    updateStrategyVersion: async () => {
      const v = keep(
        'strategyVersion',
        await run(platform, 'updateStrategyVersion', 'UpdateStrategyVersionInput', {
          id: s.strategyVersion.id,
          version: s.strategyVersion.version,
          label: 'Beschlussfassung',
        }),
      );
      return [
        {
          type: 'StrategyVersion',
          id: v.id,
          action: 'UPDATE',
          before: { label: 'Entwurf' },
          after: { label: 'Beschlussfassung' },
        },
      ];
    },
    deleteStrategyVersion: async () => {
      await remove(platform, 'deleteStrategyVersion', s.strategyVersion.id, s.strategyVersion.version);
      return [
        { type: 'StrategyVersion', id: s.strategyVersion.id, action: 'DELETE', before: { label: 'Beschlussfassung' } },
      ];
    },
    createFieldOfAction: async () => {
      const f = keep(
        'field',
        await run(platform, 'createFieldOfAction', 'CreateFieldOfActionInput', {
          modelProjectId: s.project.id,
          code: 'HF1',
          name: 'Verwaltung',
        }),
      );
      return [{ type: 'FieldOfAction', id: f.id, action: 'CREATE', after: { code: 'HF1' } }];
    },
    updateFieldOfAction: async () => {
      const f = keep(
        'field',
        await run(platform, 'updateFieldOfAction', 'UpdateFieldOfActionInput', {
          id: s.field.id,
          version: s.field.version,
          name: 'Digitale Verwaltung',
        }),
      );
      return [
        {
          type: 'FieldOfAction',
          id: f.id,
          action: 'UPDATE',
          before: { name: 'Verwaltung' },
          after: { name: 'Digitale Verwaltung' },
        },
      ];
    },
    createGoal: async () => {
      const g = keep(
        'goal',
        await run(platform, 'createGoal', 'CreateGoalInput', {
          fieldOfActionId: s.field.id,
          code: 'Z1',
          title: 'Online-Dienste',
        }),
      );
      return [{ type: 'Goal', id: g.id, action: 'CREATE', after: { code: 'Z1', fieldOfActionId: s.field.id } }];
    },
    updateGoal: async () => {
      const g = keep(
        'goal',
        await run(platform, 'updateGoal', 'UpdateGoalInput', {
          id: s.goal.id,
          version: s.goal.version,
          title: 'Alle Dienste online',
        }),
      );
      return [
        {
          type: 'Goal',
          id: g.id,
          action: 'UPDATE',
          before: { title: 'Online-Dienste' },
          after: { title: 'Alle Dienste online' },
        },
      ];
    },
    createMeasure: async () => {
      const m = keep(
        'measure',
        await run(platform, 'createMeasure', 'CreateMeasureInput', {
          modelProjectId: s.project.id,
          title: 'Online-Bauantrag',
          phase: 'B',
          fieldOfActionIds: [s.field.id],
          goalIds: [s.goal.id],
        }),
      );
      return [
        {
          type: 'Measure',
          id: m.id,
          action: 'CREATE',
          after: { title: 'Online-Bauantrag', fieldOfActionIds: [s.field.id], goalIds: [s.goal.id] },
        },
      ];
    },
    updateMeasure: async () => {
      const m = keep(
        'measure',
        await run(platform, 'updateMeasure', 'UpdateMeasureInput', {
          id: s.measure.id,
          version: s.measure.version,
          title: 'Digitaler Bauantrag',
        }),
      );
      return [
        {
          type: 'Measure',
          id: m.id,
          action: 'UPDATE',
          before: { title: 'Online-Bauantrag' },
          after: { title: 'Digitaler Bauantrag' },
        },
      ];
    },
    updateMeasureProgress: async () => {
      const m = keep(
        'measure',
        await run(platform, 'updateMeasureProgress', 'UpdateMeasureProgressInput', {
          id: s.measure.id,
          version: s.measure.version,
          status: 'IN_PROGRESS',
          actualStart: '2026-03-01',
        }),
      );
      return [{ type: 'Measure', id: m.id, action: 'UPDATE', after: { status: 'IN_PROGRESS' } }];
    },
    addProjectMember: async () => {
      const m = keep(
        'membership',
        await run(platform, 'addProjectMember', 'AddProjectMemberInput', {
          modelProjectId: s.project.id,
          email: 'pruefer@example.org',
          displayName: 'Paula Prüfer',
          initialPassword: 'Anfangs-Passwort-2026',
          role: 'COUNCIL',
        }),
      );
      memberUserId = await idOf(`SELECT user_id AS id FROM membership WHERE id = $1`, [m.id]);
      return [
        { type: 'User', id: memberUserId, action: 'CREATE', after: { email: 'pruefer@example.org' } },
        { type: 'Membership', id: m.id, action: 'CREATE', after: { userId: memberUserId, role: 'COUNCIL' } },
      ];
    },
    updateMembership: async () => {
      const m = keep(
        'membership',
        await run(platform, 'updateMembership', 'UpdateMembershipInput', {
          id: s.membership.id,
          version: s.membership.version,
          role: 'FUNDER',
        }),
      );
      return [
        { type: 'Membership', id: m.id, action: 'UPDATE', before: { role: 'COUNCIL' }, after: { role: 'FUNDER' } },
      ];
    },
    setMeasureAssignees: async () => {
      const m = keep(
        'measure',
        await run(platform, 'setMeasureAssignees', 'SetMeasureAssigneesInput', {
          measureId: s.measure.id,
          version: s.measure.version,
          userIds: [memberUserId],
        }),
      );
      return [
        {
          type: 'Measure',
          id: m.id,
          action: 'UPDATE',
          before: { assigneeIds: [] },
          after: { assigneeIds: [memberUserId] },
        },
      ];
    },
    changePassword: async () => {
      memberClient = await t.signIn('pruefer@example.org', 'Anfangs-Passwort-2026');
      await startHere();
      await memberClient.data(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
        input: { currentPassword: 'Anfangs-Passwort-2026', newPassword: 'Neues-Passwort-2026!' },
      });
      return [
        {
          type: 'User',
          id: memberUserId,
          action: 'UPDATE',
          before: { passwordChanged: false },
          after: { passwordChanged: true },
        },
      ];
    },
    createApiToken: async () => {
      const { createApiToken } = await admin.data(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
        { input: { name: 'Prüfexport' } },
      );
      s.token = { id: createApiToken.token.id, version: 0 };
      return [{ type: 'ApiToken', id: s.token.id, action: 'CREATE', after: { name: 'Prüfexport', revokedAt: null } }];
    },
    revokeApiToken: async () => {
      await admin.data(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: s.token.id });
      return [{ type: 'ApiToken', id: s.token.id, action: 'UPDATE', before: { revokedAt: null } }];
    },
    setUserDisabled: async () => {
      const { rows } = await t.db.query(`SELECT version FROM app_user WHERE id = $1`, [memberUserId]);
      await platform.data(`mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }`, {
        input: { userId: memberUserId, version: rows[0].version, disabled: true },
      });
      return [{ type: 'User', id: memberUserId, action: 'UPDATE', before: { disabledAt: null } }];
    },
    createMilestone: async () => {
      const m = keep(
        'milestone',
        await run(platform, 'createMilestone', 'CreateMilestoneInput', {
          measureId: s.measure.id,
          title: 'Pilot',
          baselineDate: '2026-09-30',
        }),
      );
      return [{ type: 'Milestone', id: m.id, action: 'CREATE', after: { title: 'Pilot' } }];
    },
    updateMilestone: async () => {
      const m = keep(
        'milestone',
        await run(platform, 'updateMilestone', 'UpdateMilestoneInput', {
          id: s.milestone.id,
          version: s.milestone.version,
          title: 'Pilotbetrieb',
        }),
      );
      return [
        { type: 'Milestone', id: m.id, action: 'UPDATE', before: { title: 'Pilot' }, after: { title: 'Pilotbetrieb' } },
      ];
    },
    reportMilestone: async () => {
      const m = keep(
        'milestone',
        await run(platform, 'reportMilestone', 'ReportMilestoneInput', {
          id: s.milestone.id,
          version: s.milestone.version,
          forecastDate: '2026-10-31',
        }),
      );
      return [{ type: 'Milestone', id: m.id, action: 'UPDATE', after: { forecastDate: '2026-10-31' } }];
    },
    deleteMilestone: async () => {
      await remove(platform, 'deleteMilestone', s.milestone.id, s.milestone.version);
      return [{ type: 'Milestone', id: s.milestone.id, action: 'DELETE', before: { title: 'Pilotbetrieb' } }];
    },
    createStatusReport: async () => {
      const r = keep(
        'report',
        await run(platform, 'createStatusReport', 'CreateStatusReportInput', {
          measureId: s.measure.id,
          trafficLight: 'GREEN',
          progress: 20,
        }),
      );
      return [{ type: 'StatusReport', id: r.id, action: 'CREATE', after: { progress: 20 } }];
    },
    updateStatusReport: async () => {
      const r = keep(
        'report',
        await run(platform, 'updateStatusReport', 'UpdateStatusReportInput', {
          id: s.report.id,
          version: s.report.version,
          progress: 25,
        }),
      );
      return [{ type: 'StatusReport', id: r.id, action: 'UPDATE', before: { progress: 20 }, after: { progress: 25 } }];
    },
    deleteStatusReport: async () => {
      await remove(platform, 'deleteStatusReport', s.report.id, s.report.version);
      return [{ type: 'StatusReport', id: s.report.id, action: 'DELETE', before: { progress: 25 } }];
    },
    createIndicator: async () => {
      const i = keep(
        'indicator',
        await run(platform, 'createIndicator', 'CreateIndicatorInput', { measureId: s.measure.id, name: 'Anträge' }),
      );
      return [{ type: 'Indicator', id: i.id, action: 'CREATE', after: { name: 'Anträge' } }];
    },
    updateIndicator: async () => {
      const i = keep(
        'indicator',
        await run(platform, 'updateIndicator', 'UpdateIndicatorInput', {
          id: s.indicator.id,
          version: s.indicator.version,
          name: 'Online-Anträge',
        }),
      );
      return [
        {
          type: 'Indicator',
          id: i.id,
          action: 'UPDATE',
          before: { name: 'Anträge' },
          after: { name: 'Online-Anträge' },
        },
      ];
    },
    recordIndicatorValue: async () => {
      await run(platform, 'recordIndicatorValue', 'RecordIndicatorValueInput', {
        indicatorId: s.indicator.id,
        measuredOn: '2026-06-30',
        value: '12',
      });
      const id = await idOf(`SELECT id FROM indicator_value WHERE indicator_id = $1`, [s.indicator.id]);
      s.value = { id, version: 0 };
      return [{ type: 'IndicatorValue', id, action: 'CREATE', after: { measuredOn: '2026-06-30' } }];
    },
    deleteIndicatorValue: async () => {
      await remove(platform, 'deleteIndicatorValue', s.value.id);
      return [{ type: 'IndicatorValue', id: s.value.id, action: 'DELETE', before: { measuredOn: '2026-06-30' } }];
    },
    deleteIndicator: async () => {
      await remove(platform, 'deleteIndicator', s.indicator.id, s.indicator.version);
      return [{ type: 'Indicator', id: s.indicator.id, action: 'DELETE', before: { name: 'Online-Anträge' } }];
    },
    setCostPlanEntry: async () => {
      await platform.data(`mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`, {
        input: { measureId: s.measure.id, year: 2026, costCategoryId: s.category.id, planned: '5000.00' },
      });
      const id = await idOf(`SELECT id FROM cost_plan_entry WHERE measure_id = $1`, [s.measure.id]);
      return [{ type: 'CostPlanEntry', id, action: 'CREATE', after: { year: 2026, plannedCents: '500000' } }];
    },
    createExpenditure: async () => {
      const e = keep(
        'expenditure',
        await run(platform, 'createExpenditure', 'CreateExpenditureInput', {
          measureId: s.measure.id,
          costCategoryId: s.category.id,
          amount: '1200.00',
          spentOn: '2026-05-15',
          description: 'Lizenz',
        }),
      );
      return [{ type: 'Expenditure', id: e.id, action: 'CREATE', after: { amountCents: '120000' } }];
    },
    updateExpenditure: async () => {
      const e = keep(
        'expenditure',
        await run(platform, 'updateExpenditure', 'UpdateExpenditureInput', {
          id: s.expenditure.id,
          version: s.expenditure.version,
          description: 'Lizenz 2026',
        }),
      );
      return [
        {
          type: 'Expenditure',
          id: e.id,
          action: 'UPDATE',
          before: { description: 'Lizenz' },
          after: { description: 'Lizenz 2026' },
        },
      ];
    },
    deleteExpenditure: async () => {
      await remove(platform, 'deleteExpenditure', s.expenditure.id, s.expenditure.version);
      return [{ type: 'Expenditure', id: s.expenditure.id, action: 'DELETE', before: { description: 'Lizenz 2026' } }];
    },
    createGrant: async () => {
      const g = keep(
        'grant',
        await run(platform, 'createGrant', 'CreateGrantInput', {
          modelProjectId: s.project.id,
          phase: 'B',
          eligibleCosts: '100000.00',
          commitmentDate: '2026-01-15',
        }),
      );
      return [{ type: 'Grant', id: g.id, action: 'CREATE', after: { phase: 'B', eligibleCostsCents: '10000000' } }];
    },
    updateGrant: async () => {
      const g = keep(
        'grant',
        await run(platform, 'updateGrant', 'UpdateGrantInput', {
          id: s.grant.id,
          version: s.grant.version,
          notes: 'Bescheid liegt vor',
        }),
      );
      return [
        { type: 'Grant', id: g.id, action: 'UPDATE', before: { notes: '' }, after: { notes: 'Bescheid liegt vor' } },
      ];
    },
    createCallOff: async () => {
      const c = keep(
        'callOff',
        await run(platform, 'createCallOff', 'CreateCallOffInput', {
          grantId: s.grant.id,
          requestedOn: '2026-06-15',
          amount: '500.00',
          periodStart: '2026-04-01',
          periodEnd: '2026-06-30',
        }),
      );
      return [{ type: 'CallOff', id: c.id, action: 'CREATE', after: { amountCents: '50000', status: 'DRAFT' } }];
    },
    updateCallOff: async () => {
      const c = keep(
        'callOff',
        await run(platform, 'updateCallOff', 'UpdateCallOffInput', {
          id: s.callOff.id,
          version: s.callOff.version,
          reference: 'MA-1',
        }),
      );
      return [{ type: 'CallOff', id: c.id, action: 'UPDATE', before: { reference: '' }, after: { reference: 'MA-1' } }];
    },
    createProof: async () => {
      const p = keep(
        'proof',
        await run(platform, 'createProof', 'CreateProofInput', {
          grantId: s.grant.id,
          kind: 'INTERIM',
          periodStart: '2026-01-15',
          periodEnd: '2026-12-31',
        }),
      );
      return [{ type: 'Proof', id: p.id, action: 'CREATE', after: { kind: 'INTERIM' } }];
    },
    updateProof: async () => {
      const p = keep(
        'proof',
        await run(platform, 'updateProof', 'UpdateProofInput', {
          id: s.proof.id,
          version: s.proof.version,
          notes: 'in Arbeit',
        }),
      );
      return [{ type: 'Proof', id: p.id, action: 'UPDATE', before: { notes: '' }, after: { notes: 'in Arbeit' } }];
    },
    deleteCallOff: async () => {
      await remove(platform, 'deleteCallOff', s.callOff.id, s.callOff.version);
      return [{ type: 'CallOff', id: s.callOff.id, action: 'DELETE', before: { reference: 'MA-1' } }];
    },
    deleteProof: async () => {
      await remove(platform, 'deleteProof', s.proof.id, s.proof.version);
      return [{ type: 'Proof', id: s.proof.id, action: 'DELETE', before: { notes: 'in Arbeit' } }];
    },
    deleteGrant: async () => {
      await remove(platform, 'deleteGrant', s.grant.id, s.grant.version);
      return [{ type: 'Grant', id: s.grant.id, action: 'DELETE', before: { notes: 'Bescheid liegt vor' } }];
    },
    deleteGoal: async () => {
      // A second goal, linked to the measure, so that deleting the field of action later still has one to take along.
      const second = keep(
        'goal2',
        await run(platform, 'createGoal', 'CreateGoalInput', {
          fieldOfActionId: s.field.id,
          code: 'Z2',
          title: 'Zwei',
        }),
      );
      keep(
        'measure',
        await run(platform, 'updateMeasure', 'UpdateMeasureInput', {
          id: s.measure.id,
          version: s.measure.version,
          goalIds: [s.goal.id, second.id],
        }),
      );
      await startHere();
      await remove(platform, 'deleteGoal', s.goal.id, s.goal.version);
      return [
        {
          type: 'Measure',
          id: s.measure.id,
          action: 'UPDATE',
          before: { goalIds: sorted([s.goal.id, second.id]) },
          after: { goalIds: [second.id] },
        },
        { type: 'Goal', id: s.goal.id, action: 'DELETE', before: { code: 'Z1' } },
      ];
    },
    deleteFieldOfAction: async () => {
      await remove(platform, 'deleteFieldOfAction', s.field.id, s.field.version);
      return [
        {
          type: 'Measure',
          id: s.measure.id,
          action: 'UPDATE',
          before: { fieldOfActionIds: [s.field.id], goalIds: [s.goal2.id] },
          after: { fieldOfActionIds: [], goalIds: [] },
        },
        { type: 'Goal', id: s.goal2.id, action: 'DELETE', before: { code: 'Z2' } },
        { type: 'FieldOfAction', id: s.field.id, action: 'DELETE', before: { code: 'HF1' } },
      ];
    },
    removeMembership: async () => {
      await remove(platform, 'removeMembership', s.membership.id, s.membership.version);
      return [
        {
          type: 'Measure',
          id: s.measure.id,
          action: 'UPDATE',
          before: { assigneeIds: [memberUserId] },
          after: { assigneeIds: [] },
        },
        { type: 'Membership', id: s.membership.id, action: 'DELETE', before: { userId: memberUserId } },
      ];
    },
    deleteMeasure: async () => {
      // The measure has a cost plan (which keeps it alive, decision 0023): a fresh one is deleted.
      const fresh = await run(platform, 'createMeasure', 'CreateMeasureInput', {
        modelProjectId: s.project.id,
        title: 'Wird verworfen',
        phase: 'B',
      });
      await startHere();
      await remove(platform, 'deleteMeasure', fresh.id, fresh.version);
      return [{ type: 'Measure', id: fresh.id, action: 'DELETE', before: { title: 'Wird verworfen' } }];
    },
    deleteCluster: async () => {
      await remove(platform, 'deleteCluster', s.cluster.id, s.cluster.version);
      return [
        {
          type: 'ModelProject',
          id: s.project.id,
          action: 'UPDATE',
          before: { clusterId: s.cluster.id },
          after: { clusterId: null },
        },
        { type: 'Cluster', id: s.cluster.id, action: 'DELETE', before: { name: 'Prüfverbund' } },
      ];
    },
    deleteModelProject: async () => {
      // A project with nothing in it yet: deleting a project with content is a different question (see the report).
      const empty = await run(platform, 'createModelProject', 'CreateModelProjectInput', {
        code: 'AUX',
        name: 'Leeres Modellprojekt',
        cohortYear: 2026,
        leadUnitId: unitId,
      });
      await startHere();
      await remove(platform, 'deleteModelProject', empty.id, empty.version);
      return [{ type: 'ModelProject', id: empty.id, action: 'DELETE', before: { code: 'AUX' } }];
    },
    deleteTerritorialUnit: async () => {
      const spare = await run(platform, 'createTerritorialUnit', 'CreateTerritorialUnitInput', {
        kind: 'GEMEINDE',
        name: 'Ortsgemeinde Prüfdorf',
      });
      await startHere();
      await remove(platform, 'deleteTerritorialUnit', spare.id, spare.version);
      return [{ type: 'TerritorialUnit', id: spare.id, action: 'DELETE', before: { name: 'Ortsgemeinde Prüfdorf' } }];
    },
  };

  beforeAll(async () => {
    t = await startTestApp();
    platform = await t.signIn('betrieb@example.org');
    admin = await t.signIn('admin.eif@example.org');
  });
  afterAll(() => t.close());

  it('classifies every mutation of the schema as audited or not audited, and nothing else', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const mutations = Object.keys((schema.getMutationType() as GraphQLObjectType).getFields()).sort();
    const audited = Object.keys(AUDITED);
    const both = audited.filter((name) => name in NOT_AUDITED);
    expect(both).toEqual([]);
    // A mutation missing here must be classified above: a scenario with its history entries, or a reason.
    expect(mutations.filter((name) => !audited.includes(name) && !(name in NOT_AUDITED))).toEqual([]);
    // And nothing is classified that the schema no longer has.
    expect([...audited, ...Object.keys(NOT_AUDITED)].filter((name) => !mutations.includes(name))).toEqual([]);
  });

  describe('each audited mutation writes exactly one entry per record it changed, in its own transaction', () => {
    for (const [name, scenario] of Object.entries(AUDITED)) {
      it(name, async () => {
        await startHere();
        const expected = await scenario();
        const rows = await auditSince(mark);
        const key = (e: { type: string; id: string; action: string }) => `${e.type} ${e.action} ${e.id}`;
        expect(rows.map((r) => key({ type: r.entity_type, id: r.entity_id, action: r.action }))).toEqual(
          expected.map(key),
        );
        expect(new Set(rows.map((r) => r.transaction_id)).size).toBe(1);
        rows.forEach((row, i) => {
          const want = expected[i];
          if (want.action === 'CREATE') expect(row.before).toBeNull();
          else expect(row.before).toMatchObject(want.before ?? {});
          if (want.action === 'DELETE') expect(row.after).toBeNull();
          else expect(row.after).toMatchObject(want.after ?? {});
          // Entries about a measure or its links are found in the measure's history.
          if (want.type === 'Measure' && want.action === 'UPDATE') expect(row.measure_id).toBe(want.id);
        });
      });
    }
  });

  describe('a mutation that fails writes no entry', () => {
    const refused: [string, () => Promise<string | undefined>, string][] = [
      [
        'a stale version (updateStrategy)',
        () =>
          platform.errorCode(`mutation($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id } }`, {
            input: { id: s.strategy.id, version: s.strategy.version - 1, title: 'Zu spät' },
          }),
        'CONFLICT',
      ],
      [
        'a stale version (deleteModelProject)',
        () =>
          platform.errorCode(`mutation($id: ID!, $version: Int!) { deleteModelProject(id: $id, version: $version) }`, {
            id: s.project.id,
            version: s.project.version - 1,
          }),
        'CONFLICT',
      ],
      [
        'invalid input (createMeasure with a blank title)',
        () =>
          platform.errorCode(`mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`, {
            input: { modelProjectId: s.project.id, title: '   ', phase: 'B' },
          }),
        'BAD_USER_INPUT',
      ],
      [
        'a refused delete (deleteMeasure of a measure with a cost plan)',
        () =>
          platform.errorCode(`mutation($id: ID!, $version: Int!) { deleteMeasure(id: $id, version: $version) }`, {
            id: s.measure.id,
            version: s.measure.version,
          }),
        'CONFLICT',
      ],
    ];
    for (const [what, call, code] of refused) {
      it(what, async () => {
        const start = await lastAuditId();
        expect(await call()).toBe(code);
        expect(await auditSince(start)).toEqual([]);
      });
    }
  });
});
