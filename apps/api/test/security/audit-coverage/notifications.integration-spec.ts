import { aMember, aProject } from '../../support/factories';
import { auditRefusal, auditScenario, auditWorld, describeAuditCoverage, updated } from '../../support/audit-coverage';

const UPDATE = `mutation($input: UpdateProjectReminderSettingsInput!) { updateProjectReminderSettings(input: $input) { sendTime } }`;

describeAuditCoverage('reminder settings', () => {
  const world = auditWorld(async (t) => {
    const project = await aProject(t);
    return { project, office: await aMember(t, project, 'ADMIN') };
  });

  auditScenario('updateProjectReminderSettings', async ({ startHere, idOf }) => {
    const input = { modelProjectId: world.project.id, sendTime: '07:00', disabledKinds: [], leadDays: [30, 7] };
    // the first save creates the project's settings; this one changes them
    await world.office.data(UPDATE, { input });
    const id = await idOf(`SELECT id FROM project_reminder_settings WHERE model_project_id = $1`, [world.project.id]);
    await startHere();
    await world.office.data(UPDATE, { input: { ...input, disabledKinds: ['PROOF_LATE'], leadDays: [14] } });
    return [
      updated(
        'ProjectReminderSettings',
        id,
        { sendTime: '07:00', disabledKinds: [], leadDays: [30, 7] },
        { sendTime: '07:00', disabledKinds: ['PROOF_LATE'], leadDays: [14] },
      ),
    ];
  });

  auditRefusal(
    'reminder settings with a lead day of a year',
    async () =>
      (
        await world.office.request(UPDATE, {
          input: { modelProjectId: world.project.id, sendTime: '07:00', disabledKinds: [], leadDays: [365] },
        })
      ).errors?.[0].extensions?.code,
    'BAD_USER_INPUT',
  );
});
