import { aMember, aProject } from '../../support/factories';
import { auditRefusal, auditScenario, auditWorld, describeAuditCoverage, updated } from '../../support/audit-coverage';

const UPDATE = `mutation($input: UpdateProjectOpenDataSettingsInput!) { updateProjectOpenDataSettings(input: $input) { enabled } }`;

describeAuditCoverage('open-data settings', () => {
  const world = auditWorld(async (t) => {
    const project = await aProject(t);
    return { project, office: await aMember(t, project, 'ADMIN') };
  });

  auditScenario('updateProjectOpenDataSettings', async ({ startHere, idOf }) => {
    const input = { modelProjectId: world.project.id, enabled: true, licence: 'DL_DE_BY_2_0', contactEmail: null };
    // the first save creates the project's settings; this one changes them
    await world.office.data(UPDATE, { input });
    const id = await idOf(`SELECT id FROM project_open_data_settings WHERE model_project_id = $1`, [world.project.id]);
    await startHere();
    await world.office.data(UPDATE, { input: { ...input, licence: 'CC0_1_0', contactEmail: 'daten@example.org' } });
    return [
      updated(
        'ProjectOpenDataSettings',
        id,
        { enabled: true, licence: 'DL_DE_BY_2_0', contactEmail: null },
        { enabled: true, licence: 'CC0_1_0', contactEmail: 'daten@example.org' },
      ),
    ];
  });

  auditRefusal(
    'open-data settings with an address that is none',
    async () =>
      (
        await world.office.request(UPDATE, {
          input: { modelProjectId: world.project.id, enabled: true, licence: 'CC_BY_4_0', contactEmail: 'keine' },
        })
      ).errors?.[0].extensions?.code,
    'BAD_USER_INPUT',
  );
});
