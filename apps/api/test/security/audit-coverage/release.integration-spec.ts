import { aMeasure, aMember, aProject, Member, Project } from '../../support/factories';
import { auditScenario, auditWorld, describeAuditCoverage } from '../../support/audit-coverage';

const RELEASE = `mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { measureId released } }`;

describeAuditCoverage('public releases', () => {
  /** A project with its project office; each scenario makes its own measure. */
  const world = auditWorld(async (t) => {
    const project: Project = await aProject(t);
    const admin: Member = await aMember(t, project, 'ADMIN');
    return { project, admin, t };
  });
  const release = (measureId: string) =>
    world.admin.data(RELEASE, { input: { modelProjectId: world.project.id, measureIds: [measureId] } });
  const releaseOf = (idOf: (sql: string, params: unknown[]) => Promise<string>, measureId: string) =>
    idOf(`SELECT id FROM measure_release WHERE measure_id = $1`, [measureId]);

  auditScenario('releaseMeasures', async ({ startHere, idOf }) => {
    const first = await aMeasure(world.t, world.project, { title: 'Erste' });
    const second = await aMeasure(world.t, world.project, { title: 'Zweite' });
    await release(first.id);
    // the first is current already: only the second is written
    await startHere();
    await world.admin.data(RELEASE, {
      input: { modelProjectId: world.project.id, measureIds: [first.id, second.id] },
    });
    return [{ type: 'MeasureRelease', id: await releaseOf(idOf, second.id), action: 'CREATE' }];
  });

  auditScenario('withdrawMeasureRelease', async ({ startHere, idOf }) => {
    const measure = await aMeasure(world.t, world.project, { title: 'Zurückgezogen' });
    await release(measure.id);
    const id = await releaseOf(idOf, measure.id);
    await startHere();
    await world.admin.data(`mutation { withdrawMeasureRelease(measureId: "${measure.id}") { released } }`);
    return [{ type: 'MeasureRelease', id, action: 'DELETE' }];
  });

  auditScenario('updateProjectPublication', async ({ startHere, idOf }) => {
    await startHere();
    await world.admin.data(
      `mutation { updateProjectPublication(input: { modelProjectId: "${world.project.id}", publicGroups: [TEXTS, MONEY] }) { publicGroups } }`,
    );
    const id = await idOf(`SELECT id FROM project_publication WHERE model_project_id = $1`, [world.project.id]);
    return [{ type: 'ProjectPublication', id, action: 'CREATE', after: { publicGroups: ['TEXTS', 'MONEY'] } }];
  });

  auditScenario('releaseProjectPage', async ({ startHere, idOf }) => {
    await startHere();
    await world.admin.data(`mutation { releaseProjectPage(modelProjectId: "${world.project.id}") { released } }`);
    const id = await idOf(`SELECT id FROM project_release WHERE model_project_id = $1`, [world.project.id]);
    return [{ type: 'ProjectRelease', id, action: 'CREATE' }];
  });

  auditScenario('withdrawProjectPage', async ({ startHere, idOf }) => {
    await world.admin.data(`mutation { releaseProjectPage(modelProjectId: "${world.project.id}") { released } }`);
    const id = await idOf(`SELECT id FROM project_release WHERE model_project_id = $1`, [world.project.id]);
    await startHere();
    await world.admin.data(`mutation { withdrawProjectPage(modelProjectId: "${world.project.id}") { released } }`);
    return [{ type: 'ProjectRelease', id, action: 'DELETE' }];
  });
});
