import { Actor, Permission, Role } from './access';

const P1 = 'project-1';
const P2 = 'project-2';
const PEER = 'project-peer';
const UNIT = 'unit-vg-pruem';

function anActor(role: Role, unitId: string | null = null): Actor {
  return new Actor('user-1', 'Demo', false, [{ projectId: P1, role, unitId }], [PEER]);
}

describe('Actor', () => {
  it.each([
    [
      Role.ADMIN,
      [
        Permission.READ_PROJECT,
        Permission.EDIT_PLAN,
        Permission.REPORT_PROGRESS,
        Permission.MANAGE_USERS,
        Permission.EXPORT_REPORTS,
      ],
    ],
    [Role.EDITOR, [Permission.READ_PROJECT, Permission.REPORT_PROGRESS]],
    [Role.COUNCIL, [Permission.READ_PROJECT, Permission.EXPORT_REPORTS]],
    [Role.FUNDER, [Permission.READ_PROJECT, Permission.EXPORT_REPORTS]],
  ])('%s has exactly its permissions in its own project and none elsewhere', (role, allowed) => {
    const actor = anActor(role);
    for (const permission of Object.values(Permission)) {
      expect(actor.can(permission, P1)).toBe(allowed.includes(permission));
      expect(actor.can(permission, P2)).toBe(false);
      expect(actor.can(permission, PEER)).toBe(false);
    }
  });

  it('reads published measures of cluster peers, never unpublished ones', () => {
    const actor = anActor(Role.COUNCIL);
    expect(actor.canReadMeasure({ projectId: PEER, published: true })).toBe(true);
    expect(actor.canReadMeasure({ projectId: PEER, published: false })).toBe(false);
    expect(actor.canReadMeasure({ projectId: P2, published: true })).toBe(false);
    expect(actor.publishedOnlyProjectIds()).toEqual([PEER]);
  });

  it('lets an editor report only on measures assigned to them or led by their unit', () => {
    const editor = anActor(Role.EDITOR, UNIT);
    expect(editor.canReportOn({ projectId: P1, leadUnitId: UNIT, assigneeIds: [] })).toBe(true);
    expect(editor.canReportOn({ projectId: P1, leadUnitId: 'other', assigneeIds: ['user-1'] })).toBe(true);
    expect(editor.canReportOn({ projectId: P1, leadUnitId: 'other', assigneeIds: ['user-2'] })).toBe(false);
    expect(editor.canReportOn({ projectId: P2, leadUnitId: UNIT, assigneeIds: ['user-1'] })).toBe(false);
  });

  it('lets an admin report on every measure of the project, and council members on none', () => {
    expect(anActor(Role.ADMIN).canReportOn({ projectId: P1, leadUnitId: null, assigneeIds: [] })).toBe(true);
    expect(anActor(Role.COUNCIL).canReportOn({ projectId: P1, leadUnitId: null, assigneeIds: ['user-1'] })).toBe(false);
  });

  it('gives platform administrators everything and anonymous callers nothing', () => {
    const system = Actor.system();
    expect(system.can(Permission.EDIT_PLAN, P2)).toBe(true);
    expect(system.fullReadProjectIds()).toBeNull();
    const anonymous = Actor.anonymous();
    expect(anonymous.isAuthenticated).toBe(false);
    expect(anonymous.canReadProject(P1)).toBe(false);
    expect(anonymous.fullReadProjectIds()).toEqual([]);
  });
});
