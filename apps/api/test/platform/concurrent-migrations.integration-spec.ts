import 'reflect-metadata';
import { MIGRATIONS, runMigrations } from '@masswerk/api/database';
import { asTestServerAdmin, recordedMigrations } from '../support/databases';
import { databaseUrl, TEST_ENV } from '../support/test-env';

/**
 * Several API instances that start at the same moment on one new database (issue 17): the migrations run once, the
 * other instances wait for them and then find nothing left to do; none of them fails.
 */
describe('migrations started by several instances at once', () => {
  const adminUrl = process.env[TEST_ENV.adminUrl] as string;
  const name = `${process.env[TEST_ENV.prefix]}_migration_race`;
  const url = databaseUrl(adminUrl, name);

  beforeEach(async () => {
    await asTestServerAdmin(`DROP DATABASE IF EXISTS ${name}`);
    await asTestServerAdmin(`CREATE DATABASE ${name}`);
  });

  afterAll(async () => {
    await asTestServerAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('applies every migration exactly once when four instances start together', async () => {
    const runs = await Promise.all([1, 2, 3, 4].map(() => runMigrations(url)));

    const applied = runs.flat();
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(new Set(applied).size).toBe(MIGRATIONS.length);
    // One instance did the work; the others waited and found the schema current.
    expect(runs.filter((names) => names.length > 0)).toHaveLength(1);

    expect(await recordedMigrations(url)).toEqual({
      count: String(MIGRATIONS.length),
      distinct: String(MIGRATIONS.length),
    });
  });

  it('lets an instance start after the others have migrated, with nothing to do', async () => {
    await runMigrations(url);
    await expect(runMigrations(url)).resolves.toEqual([]);
  });
});
