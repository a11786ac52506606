import { aProject, Project } from '../../support/factories';
import {
  AuditContext,
  auditDelete,
  auditRefusal,
  auditScenario,
  auditUpdate,
  describeAuditCoverage,
  sorted,
} from '../../support/audit-coverage';

describeAuditCoverage('strategy, fields of action and goals', () => {
  /** A project with a strategy (titled Prüfstrategie) and no fields of action; without a strategy when asked. */
  const aProjectOf = async ({ t }: AuditContext, strategy = true): Promise<Project> =>
    aProject(t, { strategy, fields: [] });
  const aField = async (ctx: AuditContext, project: Project) =>
    ctx.run(ctx.platform, 'createFieldOfAction', {
      modelProjectId: project.id,
      code: 'HF1',
      name: 'Verwaltung',
    });
  const aGoal = async (ctx: AuditContext, field: { id: string }, code: string, title: string) =>
    ctx.run(ctx.platform, 'createGoal', { fieldOfActionId: field.id, code, title });

  auditScenario('createStrategy', async (ctx) => {
    const project = await aProjectOf(ctx, false);
    await ctx.startHere();
    const x = await ctx.run(ctx.platform, 'createStrategy', {
      modelProjectId: project.id,
      title: 'Prüfstrategie',
    });
    return [{ type: 'Strategy', id: x.id, action: 'CREATE', after: { title: 'Prüfstrategie' } }];
  });

  auditScenario('updateStrategy', async (ctx) => {
    const { strategy } = await aProjectOf(ctx);
    await ctx.startHere();
    const x = await ctx.run(ctx.platform, 'updateStrategy', {
      id: strategy?.id,
      version: strategy?.version,
      title: 'Digitalstrategie Prüfheim',
    });
    return [
      {
        type: 'Strategy',
        id: x.id,
        action: 'UPDATE',
        before: { title: strategy?.title },
        after: { title: 'Digitalstrategie Prüfheim' },
      },
    ];
  });

  auditScenario('addStrategyVersion', async (ctx) => {
    const { strategy } = await aProjectOf(ctx);
    await ctx.startHere();
    const v = await ctx.run(ctx.platform, 'addStrategyVersion', {
      strategyId: strategy?.id,
      label: 'Entwurf',
    });
    return [{ type: 'StrategyVersion', id: v.id, action: 'CREATE', after: { label: 'Entwurf', versionNumber: 1 } }];
  });

  /** A project whose strategy has one version, labelled Entwurf. */
  const aDraft = async (ctx: AuditContext) => {
    const { strategy } = await aProjectOf(ctx);
    return ctx.run(ctx.platform, 'addStrategyVersion', {
      strategyId: strategy?.id,
      label: 'Entwurf',
    });
  };

  auditUpdate(
    'updateStrategyVersion',
    'StrategyVersion',
    aDraft,
    { label: 'Beschlussfassung' },
    {
      before: { label: 'Entwurf' },
      after: { label: 'Beschlussfassung' },
    },
  );

  auditDelete('deleteStrategyVersion', 'StrategyVersion', aDraft, { label: 'Entwurf' });

  auditScenario('createFieldOfAction', async (ctx) => {
    const project = await aProjectOf(ctx);
    await ctx.startHere();
    const f = await aField(ctx, project);
    return [{ type: 'FieldOfAction', id: f.id, action: 'CREATE', after: { code: 'HF1' } }];
  });

  auditUpdate(
    'updateFieldOfAction',
    'FieldOfAction',
    async (ctx) => aField(ctx, await aProjectOf(ctx)),
    { name: 'Digitale Verwaltung' },
    {
      before: { name: 'Verwaltung' },
      after: { name: 'Digitale Verwaltung' },
    },
  );

  auditScenario('createGoal', async (ctx) => {
    const field = await aField(ctx, await aProjectOf(ctx));
    await ctx.startHere();
    const g = await aGoal(ctx, field, 'Z1', 'Online-Dienste');
    return [{ type: 'Goal', id: g.id, action: 'CREATE', after: { code: 'Z1', fieldOfActionId: field.id } }];
  });

  auditUpdate(
    'updateGoal',
    'Goal',
    async (ctx) => aGoal(ctx, await aField(ctx, await aProjectOf(ctx)), 'Z1', 'Online-Dienste'),
    { title: 'Alle Dienste online' },
    {
      before: { title: 'Online-Dienste' },
      after: { title: 'Alle Dienste online' },
    },
  );

  /** A field of action with goals (by code), and a measure linked to the field and all its goals. */
  const aLinkedMeasure = async (ctx: AuditContext, codes: string[]) => {
    const project = await aProjectOf(ctx);
    const field = await aField(ctx, project);
    const goals = [];
    for (const code of codes) goals.push(await aGoal(ctx, field, code, `Ziel ${code}`));
    const measure = await ctx.run(ctx.platform, 'createMeasure', {
      modelProjectId: project.id,
      title: 'Online-Bauantrag',
      phase: 'B',
      fieldOfActionIds: [field.id],
      goalIds: goals.map((g) => g.id),
    });
    return { field, goals, measure };
  };

  auditScenario('deleteGoal', async (ctx) => {
    // A second goal, linked to the measure too: the measure keeps it.
    const {
      goals: [goal, second],
      measure,
    } = await aLinkedMeasure(ctx, ['Z1', 'Z2']);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteGoal', goal.id, goal.version);
    return [
      {
        type: 'Measure',
        id: measure.id,
        action: 'UPDATE',
        before: { goalIds: sorted([goal.id, second.id]) },
        after: { goalIds: [second.id] },
      },
      { type: 'Goal', id: goal.id, action: 'DELETE', before: { code: 'Z1' } },
    ];
  });

  auditScenario('deleteFieldOfAction', async (ctx) => {
    const {
      field,
      goals: [goal],
      measure,
    } = await aLinkedMeasure(ctx, ['Z2']);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteFieldOfAction', field.id, field.version);
    return [
      {
        type: 'Measure',
        id: measure.id,
        action: 'UPDATE',
        before: { fieldOfActionIds: [field.id], goalIds: [goal.id] },
        after: { fieldOfActionIds: [], goalIds: [] },
      },
      { type: 'Goal', id: goal.id, action: 'DELETE', before: { code: 'Z2' } },
      { type: 'FieldOfAction', id: field.id, action: 'DELETE', before: { code: 'HF1' } },
    ];
  });

  auditRefusal(
    'a stale version (updateStrategy)',
    async (ctx) => {
      const { strategy } = await aProjectOf(ctx);
      await ctx.run(ctx.platform, 'updateStrategy', {
        id: strategy?.id,
        version: strategy?.version,
        title: 'Digitalstrategie Prüfheim',
      });
      await ctx.startHere();
      return ctx.platform.errorCode(`mutation($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id } }`, {
        input: { id: strategy?.id, version: strategy?.version, title: 'Zu spät' },
      });
    },
    'CONFLICT',
  );
});
