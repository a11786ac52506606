import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createPlatformAdmin } from '@masswerk/api/identity';
import { freePort, ServerProcess, startServerProcess } from '../support/server-process';
import { signInAt } from '../support/test-app';
import { databaseUrl, TEST_ENV } from '../support/test-env';

/**
 * What the server logs about bad input (issue #11, finding 10): the client's mistakes are at most warnings and never
 * carry SQL; the error level is kept for what an operator must act on. Read from the JSON log of a real process.
 */

const EMAIL = 'betrieb@logging.example.org';
const PASSWORD = 'ein-langes-Passwort-2026';
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET|WHERE)\b/;

describe('the log of bad input', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const adminUrl = process.env[TEST_ENV.adminUrl] as string;
    const name = `${process.env[TEST_ENV.prefix]}_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env[TEST_ENV.emptyTemplate]}`);
    await admin.end();
    const url = databaseUrl(adminUrl, name);
    await createPlatformAdmin(url, { email: EMAIL, displayName: 'Betrieb', password: PASSWORD });
    server = await startServerProcess({
      NODE_ENV: 'production',
      PORT: String(await freePort()),
      DATABASE_URL: url,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
    });
  });
  afterAll(() => server?.stop());

  it('logs invalid ids, zero bytes and malformed requests at most as warnings, without SQL', async () => {
    const client = await signInAt(server.baseUrl, EMAIL, PASSWORD);
    const bad: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { measure(id: $id) { id } }', { id: 'not-a-uuid' }],
      ['query($id: ID!) { territorialUnit(id: $id) { id } }', { id: "1' OR '1'='1" }],
      ['query($code: String!) { modelProject(code: $code) { id } }', { code: 'X\u0000' }],
      ['mutation($input: CreateClusterInput!) { createCluster(input: $input) { id } }', { input: { name: '' } }],
      [
        'mutation($input: UpdateClusterInput!) { updateCluster(input: $input) { id } }',
        { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'x' } },
      ],
      ['{ measures(first: 5000) { totalCount } }', {}],
    ];
    for (const [query, variables] of bad) {
      const answer = await client.request(query, variables);
      expect(answer.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    await fetch(`${server.baseUrl}/api/exports/projects/%00/measures.csv`, { headers: client.authHeaders() });
    await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    await new Promise((r) => setTimeout(r, 200)); // let the log reach us

    const lines = server.logLines();
    expect(lines.length).toBeGreaterThan(0); // requests are logged at info: the log is read
    expect(lines.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
    expect(lines.filter((line) => SQL.test(JSON.stringify(line))).map((line) => line.msg)).toEqual([]);
    expect(server.output()).not.toMatch(/\[database\]|query failed/);
  });
});
