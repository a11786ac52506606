import { aMember, aProject } from '../../support/factories';
import { auditScenario, auditWorld, describeAuditCoverage } from '../../support/audit-coverage';

describeAuditCoverage('calendar feeds', () => {
  /** A project whose people subscribe; each scenario brings its own person. */
  const world = auditWorld(async (t) => ({ project: await aProject(t) }));

  auditScenario('renewCalendarFeed', async ({ t, startHere, idOf }) => {
    const person = await aMember(t, world.project, 'EDITOR');
    const old = await person.data(`mutation { renewCalendarFeed { url } }`);
    expect(old.renewCalendarFeed.url).toContain('/api/calendar/');
    const oldId = await idOf(`SELECT id FROM calendar_feed WHERE user_id = $1`, [person.user.id]);
    await startHere();
    await person.data(`mutation { renewCalendarFeed { url } }`);
    const id = await idOf(`SELECT id FROM calendar_feed WHERE user_id = $1`, [person.user.id]);
    // the old address ends and the new one begins in the same transaction
    return [
      { type: 'CalendarFeed', id: oldId, action: 'DELETE', before: { userId: person.user.id } },
      { type: 'CalendarFeed', id, action: 'CREATE', after: { userId: person.user.id, lastUsedAt: null } },
    ];
  });

  auditScenario('revokeCalendarFeed', async ({ t, startHere, idOf }) => {
    const person = await aMember(t, world.project, 'COUNCIL');
    await person.data(`mutation { renewCalendarFeed { url } }`);
    const id = await idOf(`SELECT id FROM calendar_feed WHERE user_id = $1`, [person.user.id]);
    await startHere();
    await person.data(`mutation { revokeCalendarFeed }`);
    return [{ type: 'CalendarFeed', id, action: 'DELETE', before: { userId: person.user.id } }];
  });
});
