import { aProjectWithMeasures, unique } from '../../support/factories';
import { auditScenario, describeAuditCoverage } from '../../support/audit-coverage';

const RECEIPT = Buffer.from('%PDF-1.4\n%%EOF\n');

describeAuditCoverage('documents', () => {
  // Uploads go through HTTP, not a mutation; documents.integration-spec.ts checks their CREATE entry.
  auditScenario('deleteDocument', async (ctx) => {
    const { projectId } = await aProjectWithMeasures(ctx.t.db, unique('AUD'), 1);
    const measureId = await ctx.idOf(`SELECT id FROM measure WHERE model_project_id = $1`, [projectId]);
    const response = await fetch(`${ctx.t.baseUrl}/api/documents/MEASURE/${measureId}`, {
      method: 'POST',
      headers: { ...ctx.platform.authHeaders(), 'content-type': 'application/pdf', 'x-file-name': 'Konzept.pdf' },
      body: RECEIPT,
    });
    const { id } = await response.json();
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'deleteDocument', id);
    return [{ type: 'Document', id, action: 'DELETE', before: { fileName: 'Konzept.pdf', ownerType: 'MEASURE' } }];
  });
});
