import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from '../../src/bootstrap/create-app';
import { aGrant, aMember, aProject, aVariedPortfolio, Measure, Project, WORLD_TIMEOUT } from '../support/factories';
import { signInAt, signInCookies, startTestApp } from '../support/test-app';
import { asTestServerAdmin } from '../support/databases';
import { databaseUrl, TEST_ENV } from '../support/test-env';
import { EXPORTS, pdfText, readWorkbook } from './downloads';

/**
 * With DATABASE_READ_URL the exports read their rows from the read replica, while access checks, sessions, the read
 * cache's epochs and the GraphQL read model stay on the primary. The "replica" here is a copy of the primary made
 * after the world was built and then changed by hand, so that every answer shows which database it came from.
 */
describe('exports from a read replica', () => {
  const adminUrl = process.env[TEST_ENV.adminUrl] as string;
  const replicaName = `${process.env[TEST_ENV.prefix]}_read_replica`;
  const REPLICA_TITLE = 'Titel, wie ihn das Replikat kennt';
  const REPLICA_COMMITMENT = 'KfW-436-REPLIKAT-B-2023/0001';

  let app: NestFastifyApplication;
  let baseUrl: string;
  let project: Project;
  let measure: Measure;
  let office: { email: string; password: string };
  let session: Record<string, string>;

  async function download(path: string, headers = session) {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  beforeAll(async () => {
    const t = await startTestApp({ demo: false });
    project = await aProject(t);
    [measure] = await aVariedPortfolio(t, project, 3);
    await aGrant(t, project, {
      phase: 'B',
      eligibleCosts: '1000000.00',
      commitmentNumber: 'KfW-436-PRIMAER-B-2023/0001',
      commitmentDate: '2023-02-21',
    });
    office = (await aMember(t, project, 'ADMIN')).user;
    const primaryUrl = t.config.databaseUrl as string;
    const primaryName = new URL(primaryUrl).pathname.slice(1);
    await t.close();

    // the replica: a copy of the primary that then differs in a measure title and a commitment number
    await asTestServerAdmin(`DROP DATABASE IF EXISTS ${replicaName}`);
    await asTestServerAdmin(`CREATE DATABASE ${replicaName} TEMPLATE ${primaryName}`);
    const replicaUrl = databaseUrl(adminUrl, replicaName);
    const replica = new Client({ connectionString: replicaUrl });
    await replica.connect();
    await replica.query('UPDATE measure SET title = $2 WHERE id = $1', [measure.id, REPLICA_TITLE]);
    await replica.query(`UPDATE "grant" SET commitment_number = $2 WHERE model_project_id = $1`, [
      project.id,
      REPLICA_COMMITMENT,
    ]);
    // nor does the replica know the project office's sessions or membership: both are checked on the primary
    for (const table of ['membership', 'user_session'])
      await replica.query(`DELETE FROM ${table} WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [
        office.email,
      ]);
    await replica.end();

    app = await createApp({ ...t.config, databaseReadUrl: replicaUrl }, primaryUrl);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    session = { cookie: (await signInCookies(baseUrl, office.email, office.password)).join('; ') };
  }, WORLD_TIMEOUT);

  afterAll(async () => {
    await app?.close();
    await asTestServerAdmin(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
  });

  it('reads the measure CSV and JSON from the replica, while GraphQL shows the primary', async () => {
    const csv = (await download(EXPORTS.csv(project.code))).toString('utf8');
    const json = JSON.parse((await download(EXPORTS.json(project.code))).toString('utf8'));
    expect(csv).toContain(REPLICA_TITLE);
    expect(JSON.stringify(json)).toContain(REPLICA_TITLE);

    const client = await signInAt(baseUrl, office.email, office.password);
    const { measure: onPrimary } = await client.data<{ measure: { title: string } }>(
      'query($id: ID!) { measure(id: $id) { title } }',
      { id: measure.id },
    );
    expect(onPrimary.title).not.toBe(REPLICA_TITLE);
  });

  it('reads the narrative report and the numerical statement from the replica', async () => {
    const narrative = pdfText(await download(EXPORTS.narrative(project.code))).text;
    expect(narrative).toContain(REPLICA_TITLE);

    const statement = await readWorkbook(await download(EXPORTS.statement(project.code, 'phase=B')));
    expect(String(statement.worksheets[0].getCell('A2').value)).toContain(REPLICA_COMMITMENT);
  });

  it('checks sessions and access on the primary: the replica knows neither of the person exporting', async () => {
    const replica = new Client({ connectionString: databaseUrl(adminUrl, replicaName) });
    await replica.connect();
    try {
      const { rows } = await replica.query(
        `SELECT (SELECT count(*)::int FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1) AS memberships,
                (SELECT count(*)::int FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1)
                  AS sessions`,
        [office.email],
      );
      expect(rows[0]).toEqual({ memberships: 0, sessions: 0 });
    } finally {
      await replica.end();
    }
    expect((await download(EXPORTS.csv(project.code))).length).toBeGreaterThan(0);
    // and without a session the primary refuses, whatever the replica holds
    expect((await fetch(`${baseUrl}${EXPORTS.csv(project.code)}`)).status).toBe(401);
  });
});
