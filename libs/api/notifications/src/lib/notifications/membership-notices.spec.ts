import { ReminderKind, Role } from '@masswerk/shared/domain';
import { localTime } from '../reminders/reminder-round.service';
import { membershipNotices } from './membership-notices';

describe('membership notices', () => {
  const membership = { membershipId: 'm1', version: 2, userId: 'new', modelProjectId: 'p1', role: Role.EDITOR };
  const project = { code: 'EIF', name: 'Eifel' };

  it('tells the member and the project office, once per version of the membership', () => {
    const rows = membershipNotices(membership, project, { displayName: 'Nora' }, ['office-a', 'office-b']);
    expect(rows.map((r) => [r.userId, r.kind, r.subjectId, r.stage, r.link])).toEqual([
      ['new', ReminderKind.MEMBERSHIP, 'm1', 'v2', '/projekte/EIF'],
      ['office-a', ReminderKind.MEMBERSHIP, 'm1', 'v2', '/projekte/EIF/verwaltung'],
      ['office-b', ReminderKind.MEMBERSHIP, 'm1', 'v2', '/projekte/EIF/verwaltung'],
    ]);
    expect(rows.map((r) => r.params)).toEqual([
      { projectName: 'Eifel', role: Role.EDITOR, memberName: 'Nora', self: true },
      { projectName: 'Eifel', role: Role.EDITOR, memberName: 'Nora', self: false },
      { projectName: 'Eifel', role: Role.EDITOR, memberName: 'Nora', self: false },
    ]);
  });

  it('tells a member who is in the project office once, as the member', () => {
    const rows = membershipNotices({ ...membership, role: Role.ADMIN }, project, { displayName: 'Nora' }, ['new']);
    expect(rows).toHaveLength(1);
    expect(rows[0].params).toMatchObject({ self: true });
  });
});

describe('the local time of the round', () => {
  it('is the time of day in the business time zone', () => {
    expect(localTime(new Date('2026-11-21T05:30:00Z'), 'Europe/Berlin')).toBe('06:30');
    expect(localTime(new Date('2026-07-01T22:15:00Z'), 'Europe/Berlin')).toBe('00:15');
  });
});
