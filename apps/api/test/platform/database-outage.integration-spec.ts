import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@masswerk/api/core';
import { runMigrations } from '@masswerk/api/database';
import { createPlatformAdmin } from '@masswerk/api/identity';
import { createApp } from '../../src/bootstrap/create-app';
import { GraphqlClient } from '../support/graphql-client';
import { PostgresProcess, startPostgresProcess } from '../support/postgres-process';
import { freePort } from '../support/server-process';
import { signInAt } from '../support/test-app';

/**
 * A database outage under load (issue #11, finding 6): PostgreSQL stops while requests keep coming. The process
 * survives, every refusal carries the outage code (GraphQL: SERVICE_UNAVAILABLE with HTTP 503 and Retry-After; the
 * download routes the same as JSON), and the errors stop within a second of PostgreSQL being back.
 */

const EMAIL = 'betrieb@outage.example.org';
const PASSWORD = 'ein-langes-Passwort-2026';
const QUERY = '{ territorialUnits(first: 5) { totalCount } viewer { user { id } } }';

describe('a database outage under load', () => {
  let dir: string;
  let port: number;
  let pg: PostgresProcess;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let client: GraphqlClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'masswerk-outage-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    pg = await startPostgresProcess(join(dir, 'postgres'), port);
    await runMigrations(pg.url);
    await createPlatformAdmin(pg.url, { email: EMAIL, displayName: 'Betrieb', password: PASSWORD });
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: pg.url,
      DASHBOARD_DIR: '',
      LOG_LEVEL: 'fatal',
    });
    app = await createApp(config, pg.url);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    client = await signInAt(baseUrl, EMAIL, PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with the outage code while PostgreSQL is down, and recovers within a second of its return', async () => {
    expect((await client.request(QUERY)).status).toBe(200);

    // load: four clients asking all the time
    let running = true;
    const statuses: number[] = [];
    const load = Array.from({ length: 4 }, async () => {
      while (running) {
        const answer = await client.request(QUERY).catch(() => null);
        statuses.push(answer?.status ?? 0);
      }
    });

    const stopLoad = async () => {
      running = false;
      await Promise.all(load);
    };
    try {
      await pg.stop();
      await new Promise((r) => setTimeout(r, 300));

      const query = await client.request(QUERY);
      expect(query.status).toBe(503);
      expect(query.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(query.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      });
      expect(JSON.stringify(query.errors)).not.toMatch(/ECONNREFUSED|Connection terminated|127\.0\.0\.1|at \S+ \(/);

      const mutation = await client.request(
        `mutation { createCluster(input: { name: "Während des Ausfalls" }) { id } }`,
      );
      expect(mutation.status).toBe(503);
      expect(mutation.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');

      // a sign-in cannot be checked: the outage code, not "wrong password"
      const signIn = await new GraphqlClient(baseUrl).request(
        'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        { input: { email: EMAIL, password: PASSWORD } },
      );
      expect(signIn.status).toBe(503);
      expect(signIn.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');

      const download = await fetch(`${baseUrl}/api/exports/projects/CRA/measures.csv`, {
        headers: client.authHeaders(),
      });
      expect(download.status).toBe(503);
      expect(download.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await download.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });

      const health = await fetch(`${baseUrl}/health`);
      expect(health.status).toBe(503);

      // PostgreSQL comes back on the same folder and port
      pg = await startPostgresProcess(join(dir, 'postgres'), port);
      const back = performance.now();
      let recoveredAfter = Infinity;
      while (performance.now() - back < 5000) {
        const answer = await client.request(QUERY);
        if (answer.status === 200 && !answer.errors) {
          recoveredAfter = performance.now() - back;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      await stopLoad();

      expect(recoveredAfter).toBeLessThan(1000);
      // under load, nothing but answers and outage refusals: no 500, no dropped connection
      expect([...new Set(statuses)].sort()).toEqual(expect.arrayContaining([200, 503]));
      expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    } finally {
      await stopLoad();
    }
  });
});
