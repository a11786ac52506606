import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts with sensible defaults and an embedded database', () => {
    const config = loadConfig({}, '/srv/masswerk');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demoData: true,
      publicOrigin: 'http://localhost:3000',
      embeddedPostgres: { dataDir: '/srv/masswerk/.data/postgres', port: 54329 },
      secureCookies: false,
      dbPoolSize: 10,
      graphql: expect.objectContaining({ readCacheMb: 64 }),
    });
  });

  it('loads no demo data into an external database unless asked to', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/masswerk' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/masswerk', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('uses secure cookies behind HTTPS', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://masswerk.example.org' }).secureCookies).toBe(true);
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        MASSWERK_TODAY: '21.11.2026',
        DEMO_DATA: 'vielleicht',
        DB_POOL_SIZE: '0',
        READ_CACHE_MB: '-1',
      });
      fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('MASSWERK_TODAY');
      expect(problems).toContain('DEMO_DATA');
      expect(problems).toContain('DB_POOL_SIZE');
      expect(problems).toContain('READ_CACHE_MB');
    }
  });
});
