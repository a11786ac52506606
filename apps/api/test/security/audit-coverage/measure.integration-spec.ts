import { anAccount, aMembership, aProject } from '../../support/factories';
import {
  AuditContext,
  auditCreate,
  auditDelete,
  auditRefusal,
  auditScenario,
  auditUpdate,
  created,
  auditWorld,
  describeAuditCoverage,
  updated,
} from '../../support/audit-coverage';

describeAuditCoverage('measures and their parts', () => {
  /** A project with a field of action (HF1) and a goal (Z1.1), built once: no scenario changes it. */
  const world = auditWorld(async (t) => ({
    project: await aProject(t, { fields: [{ code: 'HF1', name: 'Verwaltung', goals: ['Online-Dienste'] }] }),
  }));

  /** A measure of its own for a scenario, titled Online-Bauantrag. */
  const aMeasureOf = (ctx: AuditContext, fields: Record<string, unknown> = {}) =>
    ctx.run(ctx.platform, 'createMeasure', {
      modelProjectId: world.project.id,
      title: 'Online-Bauantrag',
      phase: 'B',
      ...fields,
    });
  /** The inputs of the parts these scenarios create, each on a measure of its own. */
  const milestoneInput = async (ctx: AuditContext) => ({
    measureId: (await aMeasureOf(ctx)).id,
    title: 'Pilot',
    baselineDate: '2026-09-30',
  });
  const reportInput = async (ctx: AuditContext) => ({
    measureId: (await aMeasureOf(ctx)).id,
    trafficLight: 'GREEN',
    progress: 20,
  });
  const indicatorInput = async (ctx: AuditContext) => ({ measureId: (await aMeasureOf(ctx)).id, name: 'Anträge' });
  const aMilestoneOf = created('createMilestone', milestoneInput);
  const aReportOf = created('createStatusReport', reportInput);
  const anIndicatorOf = created('createIndicator', indicatorInput);
  const aValueOf = async (ctx: AuditContext, indicator: { id: string }) => {
    await ctx.run(ctx.platform, 'recordIndicatorValue', {
      indicatorId: indicator.id,
      measuredOn: '2026-06-30',
      value: '12',
    });
    return ctx.idOf(`SELECT id FROM indicator_value WHERE indicator_id = $1`, [indicator.id]);
  };

  auditScenario('createMeasure', async (ctx) => {
    const field = world.project.fields[0];
    const m = await aMeasureOf(ctx, { fieldOfActionIds: [field.id], goalIds: [field.goals[0].id] });
    return [
      {
        type: 'Measure',
        id: m.id,
        action: 'CREATE',
        after: { title: 'Online-Bauantrag', fieldOfActionIds: [field.id], goalIds: [field.goals[0].id] },
      },
    ];
  });

  auditUpdate('updateMeasure', 'Measure', aMeasureOf, { title: ['Online-Bauantrag', 'Digitaler Bauantrag'] });

  auditScenario('updateMeasureProgress', async (ctx) => {
    const measure = await aMeasureOf(ctx);
    await ctx.startHere();
    const m = await ctx.change(ctx.platform, 'updateMeasureProgress', measure, {
      status: 'IN_PROGRESS',
      actualStart: '2026-03-01',
    });
    return [{ type: 'Measure', id: m.id, action: 'UPDATE', after: { status: 'IN_PROGRESS' } }];
  });

  auditScenario('setMeasureAssignees', async (ctx) => {
    const measure = await aMeasureOf(ctx);
    const member = await anAccount(ctx.t);
    await aMembership(ctx.t, member, world.project, 'COUNCIL');
    await ctx.startHere();
    const m = await ctx.run(ctx.platform, 'setMeasureAssignees', {
      measureId: measure.id,
      version: measure.version,
      userIds: [member.id],
    });
    return [updated('Measure', m.id, { assigneeIds: [] }, { assigneeIds: [member.id] })];
  });

  auditDelete('deleteMeasure', 'Measure', (ctx) => aMeasureOf(ctx, { title: 'Wird verworfen' }), {
    title: 'Wird verworfen',
  });

  auditCreate('createMilestone', 'Milestone', milestoneInput, { title: 'Pilot' });
  auditUpdate('updateMilestone', 'Milestone', aMilestoneOf, { title: ['Pilot', 'Pilotbetrieb'] });

  auditScenario('reportMilestone', async (ctx) => {
    const milestone = await aMilestoneOf(ctx);
    await ctx.startHere();
    const m = await ctx.change(ctx.platform, 'reportMilestone', milestone, { forecastDate: '2027-01-31' });
    return [{ type: 'Milestone', id: m.id, action: 'UPDATE', after: { forecastDate: '2027-01-31' } }];
  });

  auditDelete('deleteMilestone', 'Milestone', aMilestoneOf, { title: 'Pilot' });

  auditCreate('createStatusReport', 'StatusReport', reportInput, { progress: 20 });
  auditUpdate('updateStatusReport', 'StatusReport', aReportOf, { progress: [20, 25] });
  auditDelete('deleteStatusReport', 'StatusReport', aReportOf, { progress: 20 });

  auditCreate('createIndicator', 'Indicator', indicatorInput, { name: 'Anträge' });
  auditUpdate('updateIndicator', 'Indicator', anIndicatorOf, { name: ['Anträge', 'Online-Anträge'] });

  auditScenario('recordIndicatorValue', async (ctx) => {
    const indicator = await anIndicatorOf(ctx);
    await ctx.startHere();
    const id = await aValueOf(ctx, indicator);
    return [{ type: 'IndicatorValue', id, action: 'CREATE', after: { measuredOn: '2026-06-30' } }];
  });

  auditScenario('deleteIndicatorValue', async (ctx) => {
    const value = await aValueOf(ctx, await anIndicatorOf(ctx));
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteIndicatorValue', value);
    return [{ type: 'IndicatorValue', id: value, action: 'DELETE', before: { measuredOn: '2026-06-30' } }];
  });

  auditDelete('deleteIndicator', 'Indicator', anIndicatorOf, { name: 'Anträge' });

  auditRefusal(
    'invalid input (createMeasure with a blank title)',
    ({ platform }) =>
      platform.errorCode(`mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`, {
        input: { modelProjectId: world.project.id, title: '   ', phase: 'B' },
      }),
    'BAD_USER_INPUT',
  );

  auditRefusal(
    'a refused delete (deleteMeasure of a measure with a cost plan)',
    async (ctx) => {
      // a cost plan keeps a measure alive (decision 0023)
      const measure = await aMeasureOf(ctx);
      const category = await ctx.idOf(`SELECT id FROM cost_category ORDER BY sort_order LIMIT 1`, []);
      await ctx.platform.data(`mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`, {
        input: { measureId: measure.id, year: 2026, costCategoryId: category, planned: '5000.00' },
      });
      await ctx.startHere();
      return ctx.platform.errorCode(
        `mutation($id: ID!, $version: Int!) { deleteMeasure(id: $id, version: $version) }`,
        {
          id: measure.id,
          version: measure.version,
        },
      );
    },
    'CONFLICT',
  );
});
