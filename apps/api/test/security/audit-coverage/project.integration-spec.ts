import { aCluster, aUnit, unique } from '../../support/factories';
import {
  AuditContext,
  auditRefusal,
  auditScenario,
  auditUpdate,
  describeAuditCoverage,
} from '../../support/audit-coverage';

describeAuditCoverage('model projects and clusters', () => {
  /** A model project led by a Landkreis of its own, in the cluster when one is given. */
  const aModelProject = async ({ t, platform, run }: AuditContext, clusterId?: string) => {
    const lead = await aUnit(t, { kind: 'LANDKREIS', name: 'Landkreis Prüfheim' });
    const code = unique('AUD');
    const project = await run(platform, 'createModelProject', {
      code,
      name: 'Modellprojekt Prüfheim',
      cohortYear: 2026,
      leadUnitId: lead.id,
      clusterId,
    });
    return { ...project, code, leadUnitId: lead.id };
  };

  auditScenario('createCluster', async ({ platform, run }) => {
    const c = await run(platform, 'createCluster', { name: 'Prüfcluster' });
    return [{ type: 'Cluster', id: c.id, action: 'CREATE', after: { name: 'Prüfcluster' } }];
  });

  auditScenario('updateCluster', async ({ t, platform, change, startHere }) => {
    const cluster = await aCluster(t, 'Prüfcluster Süd');
    await startHere();
    const c = await change(platform, 'updateCluster', cluster, { name: 'Prüfverbund' });
    return [
      {
        type: 'Cluster',
        id: c.id,
        action: 'UPDATE',
        before: { name: 'Prüfcluster Süd' },
        after: { name: 'Prüfverbund' },
      },
    ];
  });

  auditScenario('deleteCluster', async (ctx) => {
    const cluster = await aCluster(ctx.t, 'Prüfverbund Nord');
    const project = await aModelProject(ctx, cluster.id);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteCluster', cluster.id, cluster.version);
    return [
      {
        type: 'ModelProject',
        id: project.id,
        action: 'UPDATE',
        before: { clusterId: cluster.id },
        after: { clusterId: null },
      },
      { type: 'Cluster', id: cluster.id, action: 'DELETE', before: { name: 'Prüfverbund Nord' } },
    ];
  });

  auditScenario('createModelProject', async ({ t, platform, run, startHere }) => {
    const cluster = await aCluster(t, 'Prüfcluster West');
    const lead = await aUnit(t, { kind: 'LANDKREIS', name: 'Landkreis Prüfheim' });
    await startHere();
    const code = unique('AUD');
    const p = await run(platform, 'createModelProject', {
      code,
      name: 'Modellprojekt Prüfheim',
      cohortYear: 2026,
      leadUnitId: lead.id,
      clusterId: cluster.id,
    });
    return [{ type: 'ModelProject', id: p.id, action: 'CREATE', after: { code, clusterId: cluster.id } }];
  });

  auditUpdate(
    'updateModelProject',
    'ModelProject',
    aModelProject,
    { name: 'Modellprojekt Prüfheim-Land' },
    {
      before: { name: 'Modellprojekt Prüfheim' },
      after: { name: 'Modellprojekt Prüfheim-Land' },
    },
  );

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
