import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@masswerk/api/core';
import { DEMO_PASSWORD } from '@masswerk/api/demo-data';
import { createApp } from '../../src/bootstrap/create-app';
import { GraphqlClient } from './graphql-client';
import { databaseUrl, TEST_ENV, TEST_TODAY } from './test-env';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  config: AppConfig;
  /** Direct SQL on the test database, for checks the API does not expose. */
  db: Client;
  anonymous(): GraphqlClient;
  /** Signs in through the API and returns a client that sends the session cookie and the CSRF token. */
  signIn(email: string, password?: string): Promise<GraphqlClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Start from the Südwest-Cluster demo data (default) or from an empty, migrated database. */
  demo?: boolean;
  env?: Record<string, string>;
}

/** Signs in through /graphql of a server at `baseUrl` and returns the cookies it set (`name=value`). */
export async function signInCookies(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string[]> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email, password } },
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(body.errors)}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]);
}

/** Signs in through the API of a server at `baseUrl`; the client sends the session cookie and the CSRF token. */
export async function signInAt(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<GraphqlClient> {
  const cookies = await signInCookies(baseUrl, email, password);
  const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  return new GraphqlClient(baseUrl, { cookie: cookies.join('; '), 'x-xsrf-token': csrf });
}

/** A fresh database (copied from a template) and the real application listening on a free local port. */
export async function startTestApp({ demo = true, env = {} }: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env[TEST_ENV.adminUrl] as string;
  const template = process.env[demo ? TEST_ENV.demoTemplate : TEST_ENV.emptyTemplate] as string;
  const name = `${process.env[TEST_ENV.prefix]}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = databaseUrl(adminUrl, name);

  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: url,
    MASSWERK_TODAY: TEST_TODAY,
    DASHBOARD_DIR: '',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error',
    // tests send many requests without sign-in from one address; the limit has a spec of its own (public-api)
    PUBLIC_GRAPHQL_RATE_PER_MINUTE: '0',
    ...env,
  });
  const { app, baseUrl } = await listening(config, url);
  const db = new Client({ connectionString: url });
  await db.connect();

  return {
    app,
    baseUrl,
    config,
    db,
    anonymous: () => new GraphqlClient(baseUrl),
    signIn: (email: string, password = DEMO_PASSWORD) => signInAt(baseUrl, email, password),
    async close() {
      await db.end();
      await app.close();
    },
  };
}

/** The application on `url`, listening on a free local port. */
async function listening(config: AppConfig, url: string): Promise<{ app: NestFastifyApplication; baseUrl: string }> {
  const app = await createApp(config, url);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

/** One more instance of the application on the database of `t`, as a second server behind a proxy would run. */
export async function startAnotherInstance(
  t: TestApp,
  configure: (config: AppConfig) => AppConfig = (config) => config,
): Promise<Pick<TestApp, 'app' | 'baseUrl' | 'anonymous'> & { close(): Promise<void> }> {
  const { app, baseUrl } = await listening(configure(t.config), t.config.databaseUrl as string);
  return { app, baseUrl, anonymous: () => new GraphqlClient(baseUrl), close: () => app.close() };
}
