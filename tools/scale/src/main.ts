/**
 * Generates the national load profile (16 Länder, ~400 Kreise, ~11,000 municipalities, ~550,000 measures) into the
 * scale database: `npm run scale:generate -- [--scale 1] [--seed 2026] [--today YYYY-MM-DD] [--reset]`.
 * `--releases-only` writes only the released public versions, into a national data set generated before they were.
 */
import { Client } from 'pg';
import { runMigrations } from '@masswerk/api/database';
import { isIsoDate, todayIn } from '@masswerk/shared/domain';
import { DEFAULT_SEED, openScaleDatabase } from '@masswerk/tools/support';
import { generateNational } from './generate';
import { releasePublished } from './releases';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const seed = Number(option('seed') ?? DEFAULT_SEED);
  const scale = Number(option('scale') ?? 1);
  const today = option('today') ?? todayIn();
  if (!Number.isInteger(seed) || !(scale > 0 && scale <= 2) || !isIsoDate(today)) {
    throw new Error('Usage: --seed <integer> --scale <0 < n <= 2> --today <YYYY-MM-DD> [--reset]');
  }
  const log = (message: string) => console.log(`[scale] ${message}`);
  const started = Date.now();
  const db = await openScaleDatabase(log);
  try {
    if (process.argv.includes('--releases-only')) {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        await releasePublished(client, { today, log });
      } finally {
        await client.end();
      }
      return;
    }
    if (process.argv.includes('--reset')) {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      await client.end();
      log('database emptied');
    }
    const applied = await runMigrations(db.url);
    log(`migrations applied: ${applied.length}`);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const counts = await generateNational(client, { seed, scale, today, log });
      const size = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
      log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min, database ${size.rows[0].size}`);
      console.log(JSON.stringify({ seed, scale, today, counts }, null, 2));
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
