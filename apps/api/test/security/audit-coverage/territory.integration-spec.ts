import {
  AuditContext,
  auditCreate,
  auditDelete,
  auditUpdate,
  describeAuditCoverage,
} from '../../support/audit-coverage';

describeAuditCoverage('territorial units', () => {
  const kreis = { kind: 'LANDKREIS', name: 'Landkreis Prüfstadt' };
  const aUnitOf = ({ platform, run }: AuditContext, kind: string, name: string) =>
    run(platform, 'createTerritorialUnit', { kind, name });

  auditCreate('createTerritorialUnit', 'TerritorialUnit', async () => kreis, { name: kreis.name });

  auditUpdate('updateTerritorialUnit', 'TerritorialUnit', (ctx) => aUnitOf(ctx, kreis.kind, kreis.name), {
    name: ['Landkreis Prüfstadt', 'Landkreis Prüfheim'],
  });

  auditDelete('deleteTerritorialUnit', 'TerritorialUnit', (ctx) => aUnitOf(ctx, 'GEMEINDE', 'Ortsgemeinde Prüfdorf'), {
    name: 'Ortsgemeinde Prüfdorf',
  });
});
