import { anAccount, aMembership, aProject, Project, WORLD_TIMEOUT } from '../../support/factories';
import {
  AuditContext,
  auditApp,
  auditDelete,
  auditRefusal,
  auditScenario,
  auditUpdate,
  describeAuditCoverage,
} from '../../support/audit-coverage';

describeAuditCoverage('measures and their parts', () => {
  /** A project with a field of action (HF1) and a goal (Z1.1), built once: no scenario changes it. */
  let project: Project;
  beforeAll(async () => {
    project = await aProject(auditApp().t, {
      fields: [{ code: 'HF1', name: 'Verwaltung', goals: ['Online-Dienste'] }],
    });
  }, WORLD_TIMEOUT);

  /** A measure of its own for a scenario, titled Online-Bauantrag. */
  const aMeasureOf = (ctx: AuditContext, fields: Record<string, unknown> = {}) =>
    ctx.run(ctx.platform, 'createMeasure', {
      modelProjectId: project.id,
      title: 'Online-Bauantrag',
      phase: 'B',
      ...fields,
    });
  const aMilestoneOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createMilestone', {
      measureId: (await aMeasureOf(ctx)).id,
      title: 'Pilot',
      baselineDate: '2026-09-30',
    });
  const aReportOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createStatusReport', {
      measureId: (await aMeasureOf(ctx)).id,
      trafficLight: 'GREEN',
      progress: 20,
    });
  const anIndicatorOf = async (ctx: AuditContext) =>
    ctx.run(ctx.platform, 'createIndicator', {
      measureId: (await aMeasureOf(ctx)).id,
      name: 'Anträge',
    });
  const aValueOf = async (ctx: AuditContext, indicator: { id: string }) => {
    await ctx.run(ctx.platform, 'recordIndicatorValue', {
      indicatorId: indicator.id,
      measuredOn: '2026-06-30',
      value: '12',
    });
    return ctx.idOf(`SELECT id FROM indicator_value WHERE indicator_id = $1`, [indicator.id]);
  };

  auditScenario('createMeasure', async (ctx) => {
    const field = project.fields[0];
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

  auditUpdate(
    'updateMeasure',
    'Measure',
    aMeasureOf,
    { title: 'Digitaler Bauantrag' },
    {
      before: { title: 'Online-Bauantrag' },
      after: { title: 'Digitaler Bauantrag' },
    },
  );

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
    await aMembership(ctx.t, member, project, 'COUNCIL');
    await ctx.startHere();
    const m = await ctx.run(ctx.platform, 'setMeasureAssignees', {
      measureId: measure.id,
      version: measure.version,
      userIds: [member.id],
    });
    return [
      {
        type: 'Measure',
        id: m.id,
        action: 'UPDATE',
        before: { assigneeIds: [] },
        after: { assigneeIds: [member.id] },
      },
    ];
  });

  auditDelete('deleteMeasure', 'Measure', (ctx) => aMeasureOf(ctx, { title: 'Wird verworfen' }), {
    title: 'Wird verworfen',
  });

  auditScenario('createMilestone', async (ctx) => {
    const measure = await aMeasureOf(ctx);
    await ctx.startHere();
    const m = await ctx.run(ctx.platform, 'createMilestone', {
      measureId: measure.id,
      title: 'Pilot',
      baselineDate: '2026-09-30',
    });
    return [{ type: 'Milestone', id: m.id, action: 'CREATE', after: { title: 'Pilot' } }];
  });

  auditUpdate(
    'updateMilestone',
    'Milestone',
    aMilestoneOf,
    { title: 'Pilotbetrieb' },
    {
      before: { title: 'Pilot' },
      after: { title: 'Pilotbetrieb' },
    },
  );

  auditScenario('reportMilestone', async (ctx) => {
    const milestone = await aMilestoneOf(ctx);
    await ctx.startHere();
    const m = await ctx.change(ctx.platform, 'reportMilestone', milestone, { forecastDate: '2027-01-31' });
    return [{ type: 'Milestone', id: m.id, action: 'UPDATE', after: { forecastDate: '2027-01-31' } }];
  });

  auditDelete('deleteMilestone', 'Milestone', aMilestoneOf, { title: 'Pilot' });

  auditScenario('createStatusReport', async (ctx) => {
    const measure = await aMeasureOf(ctx);
    await ctx.startHere();
    const r = await ctx.run(ctx.platform, 'createStatusReport', {
      measureId: measure.id,
      trafficLight: 'GREEN',
      progress: 20,
    });
    return [{ type: 'StatusReport', id: r.id, action: 'CREATE', after: { progress: 20 } }];
  });

  auditUpdate(
    'updateStatusReport',
    'StatusReport',
    aReportOf,
    { progress: 25 },
    {
      before: { progress: 20 },
      after: { progress: 25 },
    },
  );

  auditDelete('deleteStatusReport', 'StatusReport', aReportOf, { progress: 20 });

  auditScenario('createIndicator', async (ctx) => {
    const measure = await aMeasureOf(ctx);
    await ctx.startHere();
    const i = await ctx.run(ctx.platform, 'createIndicator', {
      measureId: measure.id,
      name: 'Anträge',
    });
    return [{ type: 'Indicator', id: i.id, action: 'CREATE', after: { name: 'Anträge' } }];
  });

  auditUpdate(
    'updateIndicator',
    'Indicator',
    anIndicatorOf,
    { name: 'Online-Anträge' },
    {
      before: { name: 'Anträge' },
      after: { name: 'Online-Anträge' },
    },
  );

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
        input: { modelProjectId: project.id, title: '   ', phase: 'B' },
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
