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

  it('names the open-data publisher, by default after the public origin', () => {
    expect(loadConfig({}).openData.publisher).toBe('Maßwerk (localhost:3000)');
    expect(loadConfig({ OPEN_DATA_PUBLISHER: ' Eifelkreis Bitburg-Prüm ' }).openData.publisher).toBe(
      'Eifelkreis Bitburg-Prüm',
    );
  });

  it('lets only the configured sites frame the embeddable summary, the own origin by default', () => {
    expect(loadConfig({}).publicEmbed.frameAncestors).toEqual(["'self'"]);
    expect(
      loadConfig({ PUBLIC_EMBED_ANCESTORS: " https://www.eifelkreis.de/, 'self'  https://*.bitburg.de:8443 " })
        .publicEmbed.frameAncestors,
    ).toEqual(['https://www.eifelkreis.de', "'self'", 'https://*.bitburg.de:8443']);
  });

  it.each([
    'www.eifelkreis.de',
    'https://www.eifelkreis.de/agenda',
    "https://a.de;script-src 'unsafe-inline'",
    '*',
    "'unsafe-inline'",
    'javascript:alert(1)',
    'https://user@a.de',
  ])('refuses %p as a site that may frame the summary', (source) => {
    expect(() => loadConfig({ PUBLIC_EMBED_ANCESTORS: `https://ok.de ${source}` })).toThrow(/PUBLIC_EMBED_ANCESTORS/);
  });

  it('runs the scheduled jobs except in tests, and checks the reminder time', () => {
    expect(loadConfig({}).jobs).toEqual({ enabled: true, reminderTime: '06:00' });
    expect(loadConfig({ NODE_ENV: 'test' }).jobs.enabled).toBe(false);
    expect(loadConfig({ JOBS: 'false', REMINDER_TIME: '07:30' }).jobs).toEqual({
      enabled: false,
      reminderTime: '07:30',
    });
    expect(() => loadConfig({ REMINDER_TIME: '7 Uhr' })).toThrow(/REMINDER_TIME must be a time like 06:00/);
  });

  it('loads no demo data into an external database unless asked to', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/masswerk' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/masswerk', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('refuses demo data (published passwords) in production unless forced', () => {
    const refusal = (env: Record<string, string>): string[] => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
    };
    // Explicitly, and by default with the embedded database.
    const explicit = refusal({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/masswerk', DEMO_DATA: 'true' });
    expect(explicit).toEqual([expect.stringContaining('published password')]);
    expect(explicit[0]).toContain('DEMO_DATA_IN_PRODUCTION=true');
    expect(refusal({ NODE_ENV: 'production' })).toHaveLength(1);
    // Fine: production without demo data, demo data outside production, or a deliberate public demo.
    expect(refusal({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/masswerk' })).toEqual([]);
    expect(refusal({ NODE_ENV: 'production', DEMO_DATA: 'false' })).toEqual([]);
    expect(refusal({ DEMO_DATA: 'true' })).toEqual([]);
    expect(refusal({ NODE_ENV: 'production', DEMO_DATA: 'true', DEMO_DATA_IN_PRODUCTION: 'true' })).toEqual([]);
    expect(refusal({ NODE_ENV: 'production', DEMO_DATA_IN_PRODUCTION: 'vielleicht' })).toEqual([
      expect.stringContaining('DEMO_DATA_IN_PRODUCTION must be true or false'),
      expect.stringContaining('published password'),
    ]);
  });

  it('trusts X-Forwarded-For only when told to', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'ja' })).toThrow(/TRUST_PROXY/);
  });

  it('takes a read replica only next to an external primary', () => {
    const replica = 'postgres://replica/masswerk';
    expect(loadConfig({}).databaseReadUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://db/masswerk', DATABASE_READ_URL: replica }).databaseReadUrl).toBe(
      replica,
    );
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ DATABASE_READ_URL: replica }).join()).toContain('DATABASE_READ_URL needs DATABASE_URL');
    expect(problems({ DATABASE_URL: 'postgres://db/masswerk', DATABASE_READ_URL: 'mysql://x' }).join()).toContain(
      'DATABASE_READ_URL must start with postgres://',
    );
  });

  it('takes a direct connection for migrations only next to an external database', () => {
    const direct = 'postgres://primary:5432/masswerk';
    expect(loadConfig({ DATABASE_URL: 'postgres://pgbouncer:6432/masswerk' }).databaseMigrationUrl).toBeNull();
    expect(
      loadConfig({ DATABASE_URL: 'postgres://pgbouncer:6432/masswerk', DATABASE_MIGRATION_URL: direct })
        .databaseMigrationUrl,
    ).toBe(direct);
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: direct })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: direct, DATABASE_MIGRATION_URL: 'mysql://x' })).toThrow(ConfigError);
  });

  it('takes the legal links and the accessibility contact, none by default', () => {
    expect(loadConfig({}).installation).toEqual({
      imprintUrl: null,
      privacyUrl: null,
      accessibilityContactEmail: null,
      accessibilityContactUrl: null,
    });
    expect(
      loadConfig({
        IMPRINT_URL: 'https://www.example.org/impressum',
        PRIVACY_URL: '/datenschutz.html',
        ACCESSIBILITY_CONTACT_EMAIL: ' barrierefreiheit@kreis.example.org ',
        ACCESSIBILITY_CONTACT_URL: 'http://kreis.example.org/kontakt?thema=barrierefreiheit',
      }).installation,
    ).toEqual({
      imprintUrl: 'https://www.example.org/impressum',
      privacyUrl: '/datenschutz.html',
      accessibilityContactEmail: 'barrierefreiheit@kreis.example.org',
      accessibilityContactUrl: 'http://kreis.example.org/kontakt?thema=barrierefreiheit',
    });
  });

  it.each([
    ['IMPRINT_URL', 'javascript:alert(1)'],
    ['IMPRINT_URL', 'impressum.html'],
    ['PRIVACY_URL', '//evil.example.org/datenschutz'],
    ['PRIVACY_URL', 'data:text/html,hallo'],
    ['ACCESSIBILITY_CONTACT_URL', 'ftp://example.org/form'],
    ['ACCESSIBILITY_CONTACT_URL', 'https://user:pw@example.org/form'],
    ['ACCESSIBILITY_CONTACT_URL', '/kontakt form'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`${name} must be an http\\(s\\) URL or a path on this site`),
    );
  });

  it.each([
    'barrierefreiheit',
    'a@b',
    'a@b.org, c@d.org',
    'a b@example.org',
    '<a@b.org>',
    'a?cc=b@example.org',
    'a@example.org?bcc=b@example.org',
  ])('refuses ACCESSIBILITY_CONTACT_EMAIL=%s', (value) => {
    expect(() => loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: value })).toThrow(
      /ACCESSIBILITY_CONTACT_EMAIL must be one e-mail address/,
    );
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
