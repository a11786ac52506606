import { Actor, Role } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess } from '@masswerk/api/access';
import { MeasureEntity } from './measure.entity';
import { MeasurePart, MeasureParts } from './measure-parts';
import { MilestoneEntity } from '../milestone/milestone.entity';

const MILESTONE: MeasurePart<MilestoneEntity> = {
  entity: MilestoneEntity,
  type: 'Milestone',
  label: 'Meilenstein',
  refreshesMeasure: true,
};
const QUIET: MeasurePart<MilestoneEntity> = { ...MILESTONE, refreshesMeasure: false };

const office = new Actor('office', 'Büro', false, [{ projectId: 'p', role: Role.ADMIN, unitId: null }], []);
const editor = new Actor('editor', 'Editorin', false, [{ projectId: 'p', role: Role.EDITOR, unitId: null }], []);

/** A transaction that writes down what it is asked, in order. */
function aTransaction() {
  const steps: string[] = [];
  const manager = {
    findOneBy: async (target: unknown) => {
      steps.push(`find ${(target as { name: string }).name}`);
      return { id: 'ms', measureId: 'm', version: 1 };
    },
    findOne: async (target: unknown, options: { lock?: unknown }) => {
      steps.push(`${options.lock ? 'lock' : 'read'} ${(target as { name: string }).name}`);
      return { id: target === MeasureEntity ? 'm' : 'ms', measureId: 'm', version: 1 };
    },
    query: async (sql: string) => {
      if (sql.includes('UPDATE measure')) steps.push('refresh measure');
      else steps.push('facts');
      return [{ id: 'm', projectId: 'p', leadUnitId: null, published: false, assigneeIds: [] }];
    },
  };
  return { manager: manager as never, steps };
}

describe('MeasureParts', () => {
  const recorded: unknown[] = [];
  const parts = new MeasureParts(null as never, new AccessService(null as never), {
    record: async (_m: unknown, _a: unknown, change: unknown) => void recorded.push(change),
  } as never);

  it('locks the measure, then the part, asks access, changes, then refreshes the measure', async () => {
    const { manager, steps } = aTransaction();
    await parts.changeExisting(manager, office, MILESTONE, 'ms', MeasureAccess.EDIT_PLAN, async (before, measure) => {
      steps.push(`change ${before.id} of ${measure.id}`);
    });
    expect(steps).toEqual([
      'find MilestoneEntity',
      'lock MeasureEntity',
      'facts',
      'lock MilestoneEntity',
      'change ms of m',
      'refresh measure',
    ]);
  });

  it('refuses before the change and leaves the measure alone', async () => {
    const { manager, steps } = aTransaction();
    await expect(
      parts.change(manager, editor, MILESTONE, 'm', MeasureAccess.REPORT_PROGRESS, async () => {
        steps.push('change');
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(steps).toEqual(['lock MeasureEntity', 'facts']);
  });

  it('refreshes only measures whose columns the part feeds', async () => {
    const { manager, steps } = aTransaction();
    await parts.change(manager, office, QUIET, 'm', MeasureAccess.EDIT_PLAN, async () => undefined);
    expect(steps).toEqual(['lock MeasureEntity', 'facts']);
  });

  it('records the change in the history of the measure', async () => {
    const { manager } = aTransaction();
    await parts.record(manager, office, { id: 'm', projectId: 'p' }, 'Milestone', 'UPDATE', { id: 'ms' }, { id: 'ms' });
    expect(recorded.at(-1)).toEqual({
      entityType: 'Milestone',
      entityId: 'ms',
      action: 'UPDATE',
      modelProjectId: 'p',
      measureId: 'm',
      before: { id: 'ms' },
      after: { id: 'ms' },
    });
  });
});
