import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock, registerRawBodyRoutes } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { documentUploadRoute } from '@masswerk/api/documents';
import { ActorService } from '@masswerk/api/identity';
import { AccessService } from '@masswerk/api/access';
import { MeasureReadService } from '@masswerk/api/measure';
import { importBodyRoute } from '@masswerk/api/imports';
import { AppModule } from '../app/app.module';
import { registerEdgeGuards } from '../app/edge';
import { registerPublicPages } from '../app/public-pages';
import { registerRequestContext } from '../app/request-context';
import { collectCachedReadFields, ReadCache, registerReadCache } from '../app/read-cache';
import { registerCompiledReads } from '../app/compiled-reads/compiled-reads';
import { collectSharedReadFields, registerPublicHttpCache } from '../app/http-cache';

/**
 * Builds the HTTP application: Fastify with security headers, cookies, the request context, GraphQL at /graphql,
 * health at /health, and the dashboard at / (when it has been built). Used by `main.ts` and by the integration tests.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.graphql.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // JSON bodies are parsed by the edge guards (with a nesting limit); nothing here takes forms.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.enableCors({ origin: [config.publicOrigin], credentials: true });

  const fastify = app.getHttpAdapter().getInstance();
  registerEdgeGuards(fastify);
  // the routes that take a file as their body: each reads (or streams) it within its own limits
  registerRawBodyRoutes(fastify, [importBodyRoute(config.imports.maxBytes), documentUploadRoute]);
  await fastify.register(fastifyCookie);
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular Material and ECharts set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
  });
  registerRequestContext(fastify, app.get(ActorService), config);
  registerPublicPages(fastify, config, app.get(DataSource));
  registerReadCache(
    fastify,
    new ReadCache({ maxBytes: config.graphql.readCacheMb * 1024 * 1024 }),
    app.get(DataSource),
    new Clock(config),
    config.graphql.maxTokens,
    collectCachedReadFields(app.get(ModulesContainer)),
  );
  registerCompiledReads(fastify, {
    config,
    dataSource: app.get(DataSource),
    reader: app.get(MeasureReadService),
    access: app.get(AccessService),
    clock: new Clock(config),
    schema: () => app.get(GraphQLSchemaHost).schema,
  });
  registerPublicHttpCache(fastify, collectSharedReadFields(app.get(ModulesContainer)), {
    maxAgeSeconds: config.graphql.publicMaxAgeSeconds,
    maxTokens: config.graphql.maxTokens,
  });

  const dashboard = config.dashboardDir;
  if (dashboard && existsSync(join(dashboard, 'index.html'))) {
    await fastify.register(fastifyStatic, {
      root: dashboard,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      maxAge: '1h',
      // the app shell names the bundles of the build: a browser must revalidate it, or it asks for old bundles after
      // an upgrade (the bundles' names carry their hash and may be kept for the hour)
      setHeaders: (reply, path) => {
        if (path.endsWith('index.html')) reply.header('cache-control', 'no-cache');
      },
    });
    // Client-side routes of the dashboard: any other GET that is not API answers with the app shell. Files and API
    // routes are more specific and win; unknown API paths still get a 404.
    fastify.get('/*', (req, reply) => {
      const path = req.url.split('?')[0];
      if (/^\/(graphql|api|health)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) {
        return reply.code(404).send({ message: 'Nicht gefunden', statusCode: 404 });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
