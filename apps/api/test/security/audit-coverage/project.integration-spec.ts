import { aCluster, aUnit, unique } from '../../support/factories';
import {
  AuditContext,
  auditCreate,
  auditRefusal,
  auditScenario,
  auditUpdate,
  describeAuditCoverage,
  updated,
} from '../../support/audit-coverage';

describeAuditCoverage('model projects and clusters', () => {
  /** The input of a model project led by a Landkreis of its own, in the cluster when one is given. */
  const projectInput = async ({ t }: AuditContext, clusterId?: string) => ({
    code: unique('AUD'),
    name: 'Modellprojekt Prüfheim',
    cohortYear: 2026,
    leadUnitId: (await aUnit(t, { kind: 'LANDKREIS', name: 'Landkreis Prüfheim' })).id,
    clusterId,
  });
  const aModelProject = async (ctx: AuditContext, clusterId?: string) => {
    const input = await projectInput(ctx, clusterId);
    return { ...(await ctx.run(ctx.platform, 'createModelProject', input)), code: input.code };
  };

  auditCreate('createCluster', 'Cluster', async () => ({ name: 'Prüfcluster' }), { name: 'Prüfcluster' });

  auditUpdate('updateCluster', 'Cluster', ({ t }) => aCluster(t, 'Prüfcluster Süd'), {
    name: ['Prüfcluster Süd', 'Prüfverbund'],
  });

  auditScenario('deleteCluster', async (ctx) => {
    const cluster = await aCluster(ctx.t, 'Prüfverbund Nord');
    const project = await aModelProject(ctx, cluster.id);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteCluster', cluster.id, cluster.version);
    return [
      updated('ModelProject', project.id, { clusterId: cluster.id }, { clusterId: null }),
      { type: 'Cluster', id: cluster.id, action: 'DELETE', before: { name: 'Prüfverbund Nord' } },
    ];
  });

  auditCreate(
    'createModelProject',
    'ModelProject',
    async (ctx) => projectInput(ctx, (await aCluster(ctx.t, 'Prüfcluster West')).id),
    ({ code, clusterId }) => ({ code, clusterId }),
  );

  auditUpdate('updateModelProject', 'ModelProject', aModelProject, {
    name: ['Modellprojekt Prüfheim', 'Modellprojekt Prüfheim-Land'],
  });

  auditScenario('deleteModelProject', async (ctx) => {
    // A project with nothing in it yet: deleting a project with content is a different question (see the report).
    const empty = await aModelProject(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteModelProject', empty.id, empty.version);
    return [{ type: 'ModelProject', id: empty.id, action: 'DELETE', before: { code: empty.code } }];
  });

  auditRefusal(
    'a stale version (deleteModelProject)',
    async (ctx) => {
      const project = await aModelProject(ctx);
      await ctx.change(ctx.platform, 'updateModelProject', project, { name: 'Modellprojekt Prüfheim-Land' });
      await ctx.startHere();
      return ctx.platform.errorCode(
        `mutation($id: ID!, $version: Int!) { deleteModelProject(id: $id, version: $version) }`,
        { id: project.id, version: project.version },
      );
    },
    'CONFLICT',
  );
});
