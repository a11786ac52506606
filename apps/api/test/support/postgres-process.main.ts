import '../support/register-paths';
import { startEmbeddedPostgres } from '@masswerk/api/database';

/** Started by postgres-process.ts: runs an embedded PostgreSQL until SIGTERM. Arguments: data folder, port. */
async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  process.stdout.write(`ready ${pg.url}\n`);
  process.on('SIGTERM', () => {
    void pg.stop().then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
