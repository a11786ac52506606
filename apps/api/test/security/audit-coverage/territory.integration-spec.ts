import { auditScenario, describeAuditCoverage } from '../../support/audit-coverage';

describeAuditCoverage('territorial units', () => {
  auditScenario('createTerritorialUnit', async ({ platform, run }) => {
    const u = await run(platform, 'createTerritorialUnit', {
      kind: 'LANDKREIS',
      name: 'Landkreis Prüfstadt',
    });
    return [{ type: 'TerritorialUnit', id: u.id, action: 'CREATE', after: { name: 'Landkreis Prüfstadt' } }];
  });

  auditScenario('updateTerritorialUnit', async ({ platform, run, change, startHere }) => {
    const kreis = await run(platform, 'createTerritorialUnit', {
      kind: 'LANDKREIS',
      name: 'Landkreis Prüfstadt',
    });
    await startHere();
    const u = await change(platform, 'updateTerritorialUnit', kreis, { name: 'Landkreis Prüfheim' });
    return [
      {
        type: 'TerritorialUnit',
        id: u.id,
        action: 'UPDATE',
        before: { name: 'Landkreis Prüfstadt' },
        after: { name: 'Landkreis Prüfheim' },
      },
    ];
  });

  auditScenario('deleteTerritorialUnit', async ({ platform, run, remove, startHere }) => {
    const spare = await run(platform, 'createTerritorialUnit', {
      kind: 'GEMEINDE',
      name: 'Ortsgemeinde Prüfdorf',
    });
    await startHere();
    await remove(platform, 'deleteTerritorialUnit', spare.id, spare.version);
    return [{ type: 'TerritorialUnit', id: spare.id, action: 'DELETE', before: { name: 'Ortsgemeinde Prüfdorf' } }];
  });
});
