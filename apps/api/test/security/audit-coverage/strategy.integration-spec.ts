import { aProject, Project } from '../../support/factories';
import {
  AuditContext,
  auditCreate,
  auditDelete,
  auditRefusal,
  auditScenario,
  auditUpdate,
  created,
  describeAuditCoverage,
  updated,
  sorted,
} from '../../support/audit-coverage';

describeAuditCoverage('strategy, fields of action and goals', () => {
  /** A project with a strategy (titled Prüfstrategie) and no fields of action; without a strategy when asked. */
  const aProjectOf = async ({ t }: AuditContext, strategy = true): Promise<Project> =>
    aProject(t, { strategy, fields: [] });
  const fieldInput = (project: Project) => ({ modelProjectId: project.id, code: 'HF1', name: 'Verwaltung' });
  const aField = async (ctx: AuditContext, project: Project) =>
    ctx.run(ctx.platform, 'createFieldOfAction', fieldInput(project));
  const aGoal = async (ctx: AuditContext, field: { id: string }, code: string, title: string) =>
    ctx.run(ctx.platform, 'createGoal', { fieldOfActionId: field.id, code, title });

  auditCreate(
    'createStrategy',
    'Strategy',
    async (ctx) => ({ modelProjectId: (await aProjectOf(ctx, false)).id, title: 'Prüfstrategie' }),
    { title: 'Prüfstrategie' },
  );

  auditScenario('updateStrategy', async (ctx) => {
    const { strategy } = await aProjectOf(ctx);
    await ctx.startHere();
    const x = await ctx.run(ctx.platform, 'updateStrategy', {
      id: strategy?.id,
      version: strategy?.version,
      title: 'Digitalstrategie Prüfheim',
    });
    return [updated('Strategy', x.id, { title: strategy?.title }, { title: 'Digitalstrategie Prüfheim' })];
  });

  /** The first version of a project's strategy, labelled Entwurf. */
  const draftInput = async (ctx: AuditContext) => ({
    strategyId: (await aProjectOf(ctx)).strategy?.id,
    label: 'Entwurf',
  });
  const aDraft = created('addStrategyVersion', draftInput);

  auditCreate('addStrategyVersion', 'StrategyVersion', draftInput, { label: 'Entwurf', versionNumber: 1 });
  auditUpdate('updateStrategyVersion', 'StrategyVersion', aDraft, { label: ['Entwurf', 'Beschlussfassung'] });
  auditDelete('deleteStrategyVersion', 'StrategyVersion', aDraft, { label: 'Entwurf' });

  auditCreate('createFieldOfAction', 'FieldOfAction', async (ctx) => fieldInput(await aProjectOf(ctx)), {
    code: 'HF1',
  });
  auditUpdate('updateFieldOfAction', 'FieldOfAction', async (ctx) => aField(ctx, await aProjectOf(ctx)), {
    name: ['Verwaltung', 'Digitale Verwaltung'],
  });

  auditCreate(
    'createGoal',
    'Goal',
    async (ctx) => ({
      fieldOfActionId: (await aField(ctx, await aProjectOf(ctx))).id,
      code: 'Z1',
      title: 'Online-Dienste',
    }),
    ({ code, fieldOfActionId }) => ({ code, fieldOfActionId }),
  );
  auditUpdate(
    'updateGoal',
    'Goal',
    async (ctx) => aGoal(ctx, await aField(ctx, await aProjectOf(ctx)), 'Z1', 'Online-Dienste'),
    { title: ['Online-Dienste', 'Alle Dienste online'] },
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
      updated('Measure', measure.id, { goalIds: sorted([goal.id, second.id]) }, { goalIds: [second.id] }),
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
      updated(
        'Measure',
        measure.id,
        { fieldOfActionIds: [field.id], goalIds: [goal.id] },
        { fieldOfActionIds: [], goalIds: [] },
      ),
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
