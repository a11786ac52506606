import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@masswerk/api/core';
import { MIGRATIONS, runMigrations, SqlStatementCounter } from '@masswerk/api/database';
import { seedDemoData } from '@masswerk/api/demo-data';
import { createApp } from '../../src/bootstrap/create-app';
import { prepareDatabase } from '../../src/bootstrap/database';
import {
  aClusterOf,
  aMeasure,
  aMember,
  anAccount,
  aStatusReport,
  aVariedPortfolio,
  Measure,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { signInAt, signInCookies, startAnotherInstance, startTestApp, TestApp } from '../support/test-app';
import { asTestServerAdmin, recordedMigrations, withDatabase } from '../support/databases';
import { databaseUrl, TEST_ENV, TEST_TODAY } from '../support/test-env';

/**
 * Several identical API instances behind a reverse proxy on one PostgreSQL, without sticky sessions (issue 17): what
 * one instance changes, the other shows at once (its read cache is checked against the epochs in the database);
 * a session made on one works on the other and ends on both; instances that start together migrate once.
 */

const LIST = `query($code: String!) {
  modelProject(code: $code) { measures(first: 100) { nodes { id title version } } }
}`;
const OVERVIEW = `query($projects: [ID!]) {
  portfolioSummary(filter: { modelProjectIds: $projects }) { measureCount averageProgress }
}`;

interface ListData {
  modelProject: { measures: { nodes: { id: string; title: string; version: number }[] } };
}
interface OverviewData {
  portfolioSummary: { measureCount: number; averageProgress: number | null };
}

/** The same client (cookie and CSRF token) talking to another instance, as a proxy without sticky sessions would. */
function at(baseUrl: string, cookies: string[]): GraphqlClient {
  const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  return new GraphqlClient(baseUrl, { cookie: cookies.join('; '), 'x-xsrf-token': csrf });
}

/** Reads through a client and counts the SQL statements it took (of this process: the other instance is idle). */
async function read<T>(client: GraphqlClient, query: string, variables: Record<string, unknown>) {
  const before = SqlStatementCounter.count;
  const data = await client.data<T>(query, variables);
  return { data, statements: SqlStatementCounter.count - before };
}

describe('two API instances on one database', () => {
  /** Instance A (with the test database and the factories' direct SQL) and instance B. */
  let a: TestApp;
  let b: { app: NestFastifyApplication; baseUrl: string };
  let project: Project;
  let measures: Measure[];
  /** The project office, signed in on A. */
  let office: GraphqlClient;

  beforeAll(async () => {
    a = await startTestApp({ demo: false });
    b = await startAnotherInstance(a);
    ({
      projects: [project],
    } = await aClusterOf(a, [{}]));
    measures = await aVariedPortfolio(a, project, 4);
    office = await aMember(a, project, 'ADMIN');
  }, WORLD_TIMEOUT);

  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });

  describe('read cache', () => {
    /** A council member who reads on B only. */
    async function aViewerOnB(): Promise<GraphqlClient> {
      const viewer = await aMember(a, project, 'COUNCIL');
      return signInAt(b.baseUrl, viewer.user.email, viewer.user.password);
    }

    it('shows a measure title changed through A in the next list read through B', async () => {
      const viewer = await aViewerOnB();
      const vars = { code: project.code };
      await read<ListData>(viewer, LIST, vars);
      const cached = await read<ListData>(viewer, LIST, vars);
      expect(cached.statements).toBe(2); // B answers from its cache

      const target = cached.data.modelProject.measures.nodes.find((m) => m.id === measures[0].id);
      expect(target).toBeDefined();
      await office.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
        input: { id: target?.id, version: target?.version, title: 'Neuer Titel, gesetzt über Instanz A' },
      });

      const after = await read<ListData>(viewer, LIST, vars);
      expect(after.statements).toBeGreaterThan(2); // recomputed, not served from B's cache
      expect(after.data.modelProject.measures.nodes.find((m) => m.id === target?.id)?.title).toBe(
        'Neuer Titel, gesetzt über Instanz A',
      );
    });

    it('shows a status report and a new measure filed through A in the next roll-up read through B', async () => {
      const viewer = await aViewerOnB();
      const vars = { projects: [project.id] };
      const first = await read<OverviewData>(viewer, OVERVIEW, vars);
      expect((await read<OverviewData>(viewer, OVERVIEW, vars)).statements).toBe(2);

      await aStatusReport(a, measures[1], { progress: 100, trafficLight: 'GREEN' }, office);
      const afterReport = await read<OverviewData>(viewer, OVERVIEW, vars);
      expect(afterReport.data.portfolioSummary.averageProgress).not.toBe(first.data.portfolioSummary.averageProgress);

      await aMeasure(a, project, { title: 'Neue Maßnahme über Instanz A' }, office);
      const afterCreate = await read<OverviewData>(viewer, OVERVIEW, vars);
      expect(afterCreate.data.portfolioSummary.measureCount).toBe(first.data.portfolioSummary.measureCount + 1);
    });
  });

  describe('sessions', () => {
    const VIEWER = '{ viewer { user { email } } }';

    it('accepts a session made on A at B, and ends it on both when it is signed out on A', async () => {
      const account = await anAccount(a);
      const cookies = await signInCookies(a.baseUrl, account.email, account.password);
      const onA = at(a.baseUrl, cookies);
      const onB = at(b.baseUrl, cookies);

      expect((await onB.data<{ viewer: { user: { email: string } } }>(VIEWER)).viewer.user.email).toBe(account.email);
      // a mutation on B, with the CSRF token issued by A
      const signedOut = await onA.data<{ signOut: boolean }>('mutation { signOut }');
      expect(signedOut.signOut).toBe(true);

      const viewerOnB = await onB.request<{ viewer: { user: { email: string } | null } | null }>(VIEWER);
      expect(viewerOnB.data?.viewer?.user ?? null).toBeNull();
      const viewerOnA = await onA.request<{ viewer: { user: { email: string } | null } | null }>(VIEWER);
      expect(viewerOnA.data?.viewer?.user ?? null).toBeNull();
    });

    it('takes a CSRF-checked change on B with a session made on A', async () => {
      const viewer = await aMember(a, project, 'ADMIN');
      const cookies = await signInCookies(a.baseUrl, viewer.user.email, viewer.user.password);
      const { createMeasure } = await at(b.baseUrl, cookies).data<{ createMeasure: { id: string } }>(
        `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
        { input: { modelProjectId: project.id, title: 'Über Instanz B angelegt', phase: 'B' } },
      );
      const { rows } = await a.db.query('SELECT title FROM measure WHERE id = $1', [createMeasure.id]);
      expect(rows).toEqual([{ title: 'Über Instanz B angelegt' }]);
    });
  });
});

describe('two API instances starting together on a new database', () => {
  const adminUrl = process.env[TEST_ENV.adminUrl] as string;
  const name = `${process.env[TEST_ENV.prefix]}_two_instances_start`;
  const url = databaseUrl(adminUrl, name);
  const apps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    await asTestServerAdmin(`DROP DATABASE IF EXISTS ${name}`);
    await asTestServerAdmin(`CREATE DATABASE ${name}`);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await asTestServerAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('applies each migration once and then both instances serve', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      DASHBOARD_DIR: '',
      LOG_LEVEL: 'fatal',
    });
    const logs: string[][] = [[], []];
    // the start of main.ts: prepare the database, then build the application and listen
    const started = await Promise.all(
      logs.map(async (log) => {
        const database = await prepareDatabase(config, (message) => log.push(message));
        const app = await createApp(config, database.url);
        apps.push(app);
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.getHttpServer().address();
        return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      }),
    );

    // one instance migrated, the other waited for the lock and found nothing to do
    const applied = logs.map((lines) => lines.filter((l) => l.startsWith('Applied migrations')));
    expect(applied.map((lines) => lines.length).sort()).toEqual([0, 1]);
    expect(await recordedMigrations(url)).toEqual({
      count: String(MIGRATIONS.length),
      distinct: String(MIGRATIONS.length),
    });
    for (const baseUrl of started) expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  });

  it('migrates through DATABASE_MIGRATION_URL, a direct connection, when one is given', async () => {
    const direct = `${name}_direct`;
    await asTestServerAdmin(`CREATE DATABASE ${direct}`);
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        // stands for PgBouncer in transaction mode: never asked, the migrations go to the direct connection
        DATABASE_URL: databaseUrl(adminUrl, `${name}_behind_pooler`),
        DATABASE_MIGRATION_URL: databaseUrl(adminUrl, direct),
        DASHBOARD_DIR: '',
      });
      const log: string[] = [];
      const database = await prepareDatabase(config, (message) => log.push(message));
      expect(database.url).toBe(config.databaseUrl);
      expect(log.filter((l) => l.startsWith('Applied migrations'))).toHaveLength(1);
    } finally {
      await asTestServerAdmin(`DROP DATABASE IF EXISTS ${direct} WITH (FORCE)`);
    }
  });

  it('loads the demo data once when two instances with DEMO_DATA start together', async () => {
    const demo = `${name}_demo`;
    await asTestServerAdmin(`CREATE DATABASE ${demo}`);
    try {
      const demoUrl = databaseUrl(adminUrl, demo);
      await runMigrations(demoUrl);
      const results = await Promise.all([1, 2].map(() => seedDemoData(demoUrl, { today: TEST_TODAY })));
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      const { rows } = await withDatabase(demoUrl, (db) =>
        db.query<{ projects: number; codes: number }>(
          'SELECT count(*)::int AS projects, count(DISTINCT code)::int AS codes FROM model_project WHERE is_demo',
        ),
      );
      expect(rows[0].projects).toBeGreaterThan(0);
      expect(rows[0].projects).toBe(rows[0].codes);
    } finally {
      await asTestServerAdmin(`DROP DATABASE IF EXISTS ${demo} WITH (FORCE)`);
    }
  }, 120_000);
});
