import { Actor, ErrorReason, Permission, Role } from '@masswerk/shared/domain';
import { DomainError } from '@masswerk/api/core';
import { AccessService, MeasureAccess } from './access.service';

const P = 'project-1';
const OTHER = 'project-2';
const UNIT = 'unit-1';

const service = new AccessService(null as never);
const office = new Actor('office', 'Büro', false, [{ projectId: P, role: Role.ADMIN, unitId: null }], []);
const editor = new Actor('editor', 'Editorin', false, [{ projectId: P, role: Role.EDITOR, unitId: UNIT }], []);
const peer = new Actor('peer', 'Partner', false, [{ projectId: OTHER, role: Role.ADMIN, unitId: null }], [P]);
const operator = new Actor('operator', 'Betrieb', true, [], []);

function refusal(run: () => void): DomainError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('AccessService', () => {
  describe('projects', () => {
    it('requires the permission in every project named', () => {
      expect(refusal(() => service.requireAccess(office, Permission.EDIT_PLAN, P))).toBeUndefined();
      const error = refusal(() => service.requireAccess(office, Permission.EDIT_PLAN, [P, OTHER]));
      expect(error?.code).toBe('FORBIDDEN');
      expect(error?.reason).toBe(ErrorReason.NOT_PERMITTED);
    });

    it('says what was refused when the caller names it', () => {
      expect(refusal(() => service.requireAccess(editor, Permission.EDIT_PLAN, P, 'Nur das Büro.'))?.message).toBe(
        'Nur das Büro.',
      );
    });

    it('gives the operator the office role and every permission', () => {
      expect(service.roleIn(operator, P)).toBe(Role.ADMIN);
      expect(service.permissionsIn(operator, P)).toEqual(Object.values(Permission));
      expect(service.roleIn(peer, P)).toBeNull();
      expect(service.permissionsIn(peer, P)).toEqual([]);
    });

    it('refuses platform operations to everyone but the operator', () => {
      expect(refusal(() => service.requirePlatformAdmin(operator))).toBeUndefined();
      expect(refusal(() => service.requirePlatformAdmin(office))?.code).toBe('FORBIDDEN');
    });
  });

  describe('measures', () => {
    const led = { id: 'm1', projectId: P, leadUnitId: UNIT, published: false, assigneeIds: [] };
    const assigned = { id: 'm2', projectId: P, leadUnitId: null, published: true, assigneeIds: ['editor'] };
    const neither = { id: 'm3', projectId: P, leadUnitId: null, published: true, assigneeIds: [] };

    it('lets editors report on measures led by their municipality or assigned to them, and nothing else', () => {
      expect(service.canOnMeasure(editor, MeasureAccess.REPORT_PROGRESS, led)).toBe(true);
      expect(service.canOnMeasure(editor, MeasureAccess.REPORT_PROGRESS, assigned)).toBe(true);
      expect(service.canOnMeasure(editor, MeasureAccess.REPORT_PROGRESS, neither)).toBe(false);
      expect(service.canOnMeasure(editor, MeasureAccess.EDIT_PLAN, led)).toBe(false);
      expect(service.canOnMeasure(office, MeasureAccess.EDIT_PLAN, neither)).toBe(true);
    });

    it('shows cluster partners only published measures', () => {
      expect(service.canOnMeasure(peer, MeasureAccess.READ, led)).toBe(false);
      expect(service.canOnMeasure(peer, MeasureAccess.READ, assigned)).toBe(true);
      expect(service.canOnMeasure(peer, MeasureAccess.REPORT_PROGRESS, assigned)).toBe(false);
    });

    it('words each refusal by the question asked', () => {
      expect(refusal(() => service.requireOnMeasure(editor, MeasureAccess.EDIT_PLAN, neither))?.message).toBe(
        'Nur die Projektadministration ändert die Planung einer Maßnahme.',
      );
      expect(refusal(() => service.requireOnMeasure(editor, MeasureAccess.REPORT_PROGRESS, neither))?.message).toBe(
        'Sie können nur über Maßnahmen berichten, für die Sie verantwortlich sind.',
      );
      expect(refusal(() => service.requireOnMeasure(peer, MeasureAccess.READ, led))?.message).toBe(
        'Dafür fehlt Ihnen die Berechtigung.',
      );
    });

    it('loads the facts of many measures in one statement and refuses all when one is refused', async () => {
      const statements: unknown[][] = [];
      const db = {
        query: async (_sql: string, params: unknown[]) => {
          statements.push(params);
          return [led, neither];
        },
      };
      await expect(
        service.requireMeasureAccess(editor, MeasureAccess.REPORT_PROGRESS, ['m1', 'm3'], db as never),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        service.requireMeasureAccess(office, MeasureAccess.EDIT_PLAN, ['m3', 'm1'], db as never),
      ).resolves.toEqual([neither, led]);
      await expect(service.measureFacts(['m9'], db as never)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(statements).toEqual([[['m1', 'm3']], [['m3', 'm1']], [['m9']]]);
    });
  });
});
