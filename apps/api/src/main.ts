import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, DEMO_DATA_IN_PRODUCTION_PROBLEM, loadConfig } from '@masswerk/api/core';
import { seedDemoData } from '@masswerk/api/demo-data';
import { createPlatformAdmin } from '@masswerk/api/identity';
import { ReminderRoundService } from '@masswerk/api/notifications';
import { createApp } from './bootstrap/create-app';
import { prepareDatabase } from './bootstrap/database';

const log = (message: string) => console.log(`[masswerk] ${message}`);

/**
 * `node main.js`            starts Maßwerk (default)
 * `node main.js db:migrate` applies pending migrations and exits
 * `node main.js db:seed`    loads the demo data (unless a demo project is already there) and exits
 * `node main.js user:create-admin <email> <name>` creates a platform administrator with the password in
 *                           MASSWERK_ADMIN_PASSWORD (the first account of an installation without demo data)
 * `node main.js reminders:run [--today YYYY-MM-DD] [--dry-run]` runs one reminder round and prints what it sent
 *                           (or, with --dry-run, would send) and exits
 */
async function main(command = 'serve'): Promise<void> {
  const config = loadConfig();
  if (command === 'db:seed' && config.nodeEnv === 'production' && !config.demoDataInProduction)
    throw new ConfigError([DEMO_DATA_IN_PRODUCTION_PROBLEM]);
  const database = await prepareDatabase(config, log);
  let stopped = false;
  const stopDatabase = async () => {
    if (database.embedded && !stopped) {
      stopped = true;
      await database.embedded.stop();
      log('Embedded PostgreSQL stopped.');
    }
  };
  let app: NestFastifyApplication | null = null;

  try {
    if (command === 'db:migrate') {
      await stopDatabase();
      return;
    }
    if (command === 'user:create-admin') {
      const [email = '', displayName = ''] = process.argv.slice(3);
      await createPlatformAdmin(database.url, {
        email,
        displayName,
        password: process.env['MASSWERK_ADMIN_PASSWORD'] ?? '',
      });
      log(`Platform administrator ${email} created.`);
      await stopDatabase();
      return;
    }
    if (command === 'reminders:run') {
      const args = process.argv.slice(3);
      const today = args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined;
      if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))
        throw new ConfigError([`--today must be a date like 2026-12-01 (got "${today}")`]);
      app = await createApp({ ...config, jobs: { ...config.jobs, enabled: false } }, database.url);
      await app.init();
      const result = await app.get(ReminderRoundService).run({ today, dryRun: args.includes('--dry-run') });
      log(
        `Reminder round of ${result.today}${result.dryRun ? ' (dry run: nothing written)' : ''} for ` +
          `${result.projects} projects: ${result.created} new reminders, ${result.mails.length} digest mails; ` +
          `longest event-loop stall ${result.longestStallMs ?? 0} ms.`,
      );
      for (const mail of result.mails) {
        log(`  to ${mail.to}: ${mail.subject}`);
        for (const item of mail.items) log(`    • ${item}`);
      }
      await app.close();
      app = null;
      await stopDatabase();
      return;
    }
    if (command === 'db:seed' || (command === 'serve' && config.demoData)) {
      const result = await seedDemoData(database.url, { today: config.today ?? undefined, timeZone: config.timeZone });
      log(result.seeded ? `Demo data loaded: ${result.summary}` : 'Demo data already present.');
      if (command === 'db:seed') {
        await stopDatabase();
        return;
      }
    }
    if (command !== 'serve')
      throw new Error(`Unknown command "${command}" (serve, db:migrate, db:seed, user:create-admin, reminders:run).`);

    const server = await createApp(config, database.url);
    app = server;
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received, shutting down …`);
      await server.close().catch(() => undefined);
      await stopDatabase().catch(() => undefined);
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    await server.listen({ port: config.port, host: config.host });
    log(`Maßwerk is running at ${config.publicOrigin} (GraphQL at /graphql, health at /health).`);
  } catch (error) {
    // Whatever fails after the database is up (the port taken, the seed, the app itself), the embedded PostgreSQL
    // must not outlive this process: the next start would find its data folder locked.
    await app?.close().catch(() => undefined);
    await stopDatabase().catch(() => undefined);
    throw error;
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
