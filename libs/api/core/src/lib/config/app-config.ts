import { isIsoDate } from '@masswerk/shared/domain';
import { isAbsolute, resolve } from 'node:path';

/**
 * Everything the API reads from the environment, read and checked once at boot. `.env.example` documents each
 * variable; a wrong value stops the start with a message naming it.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The address users open; CORS and cookie checks allow only this origin. */
  publicOrigin: string;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl: string | null;
  /**
   * A read replica of `databaseUrl` (streaming standby) for the exports; null: they read from the primary. Anything
   * that must be current (sessions, access checks, cache epochs, the read model) always reads from the primary.
   */
  databaseReadUrl: string | null;
  /**
   * Where migrations run (at start and `db:migrate`), when `databaseUrl` goes through a pooler in transaction mode:
   * they hold a session-level advisory lock (decision 0053), which needs a direct connection. Null: `databaseUrl`.
   */
  databaseMigrationUrl: string | null;
  embeddedPostgres: { dataDir: string; port: number };
  /** Connections in the API's PostgreSQL pool. */
  dbPoolSize: number;
  /** Load the Südwest-Cluster demo data into an empty database. */
  demoData: boolean;
  /** Demo data (accounts with a published password) with NODE_ENV=production, for a public demo only. */
  demoDataInProduction: boolean;
  timeZone: string;
  /** Fixes "today" for demos and tests (ISO date); normally unset. */
  today: string | null;
  logLevel: string;
  /** Folder of the built dashboard served at `/`; null when it was not built. */
  dashboardDir: string | null;
  /** Sessions expire after this many hours without use. */
  sessionIdleHours: number;
  /** Days after filing in which the author may still correct or delete a status report (the project office always). */
  statusReportCorrectionDays: number;
  /** Secure cookies require HTTPS; off for http://localhost. */
  secureCookies: boolean;
  /** Behind a reverse proxy: the client address (sign-in limits, logs) comes from X-Forwarded-For. */
  trustProxy: boolean;
  documents: {
    /** The largest document (receipt, attachment) accepted, in bytes; checked while the upload streams in. */
    maxBytes: number;
  };
  mail: {
    /** SMTP server (`smtp://user:pass@host:587`, `smtps://…`); without it mail stays in the outbox. */
    smtpUrl: string | null;
    /** Sender of every mail. */
    from: string;
  };
  jobs: {
    /** Runs the scheduled jobs (pg-boss in the same PostgreSQL): the daily reminder round and mail delivery. */
    enabled: boolean;
    /** Local time (business time zone) of the daily reminder round, `HH:MM`. */
    reminderTime: string;
  };
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    /** The lower complexity anonymous callers (the public site, open-data clients) may ask for (decision 0071). */
    publicMaxComplexity: number;
    /** GraphQL operations an anonymous caller may send per minute and address, per instance; 0: no limit. */
    publicRatePerMinute: number;
    maxAliases: number;
    /** Lexical tokens a document may have; bounds the work of parsing and validating before any limit applies. */
    maxTokens: number;
    bodyLimitBytes: number;
    /** Memory for cached read-only answers (docs/performance.md), in MB; 0 turns the cache off. */
    readCacheMb: number;
    /** Lists answered by one SQL statement that builds their JSON (decision 0077); false: Apollo answers all. */
    compiledReads: boolean;
    /**
     * How long browsers and shared caches may keep an anonymous GET of the public read model (decision 0074), in
     * seconds, and how long after that they may still serve it while they fetch a fresh one; 0 max age: no-store.
     */
    publicMaxAgeSeconds: number;
  };
  /**
   * The installation's legal pages and accessibility feedback channel (decision 0067), shown to everyone, signed in or
   * not: links to the operator's imprint and privacy policy (http(s) URLs or paths on this origin), and the contact the
   * accessibility statement names (BITV 2.0). Null: not configured; the dashboard then shows no link, never a made-up one.
   */
  installation: {
    imprintUrl: string | null;
    privacyUrl: string | null;
    accessibilityContactEmail: string | null;
    accessibilityContactUrl: string | null;
  };
  /**
   * The open-data catalogue (decision 0069): who publishes it, named as the catalogue's `dct:publisher`
   * (`OPEN_DATA_PUBLISHER`, e.g. the county that runs the installation). The catalogue's addresses start with
   * `publicOrigin`.
   */
  openData: { publisher: string };
  /**
   * The embeddable project summary `/oeffentlich/<CODE>/einbettung` (decision 0073): the sites allowed to frame it, as
   * CSP `frame-ancestors` sources (`PUBLIC_EMBED_ANCESTORS`, origins separated by spaces or commas; `'self'` by
   * default). Every other page may be framed by no one.
   */
  publicEmbed: { frameAncestors: string[] };
  /** Limits of the measure import (XLSX/CSV), checked before a file is unpacked or parsed. */
  imports: {
    maxBytes: number;
    /** Unpacked size of a workbook (the sum its zip declares, and what it inflates to). */
    maxUncompressedBytes: number;
    maxMeasureRows: number;
    /** Rows of the milestone sheet and of the cost-plan sheet, each. */
    maxPartRows: number;
  };
}

/** Refused unless forced: every demo account has the password printed in the README. */
export const DEMO_DATA_IN_PRODUCTION_PROBLEM =
  'DEMO_DATA is on (the default without DATABASE_URL) while NODE_ENV=production: the demo accounts have a published ' +
  'password. For a real installation set DATABASE_URL and leave DEMO_DATA unset (or DEMO_DATA=false); for a public ' +
  'demo set DEMO_DATA_IN_PRODUCTION=true.';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

type Env = Record<string, string | undefined>;

/**
 * One address, no spaces, no list, no `?`, `&`, `#` or `%`: what a `mailto:` link may carry without adding recipients
 * or headers.
 */
const EMAIL_ADDRESS = /^[^\s@<>(),;:"?&#%/\\]+@[^\s@<>(),;:"?&#%/\\]+\.[^\s@<>(),;:"?&#%/\\.]+$/;

/**
 * A link the dashboard may show as a plain `href`: an absolute http(s) URL with a host, or a path on this origin
 * (`/impressum`, never `//host`, which a browser reads as another site). Nothing else (no `javascript:`, no `data:`).
 */
function isLinkTarget(value: string): boolean {
  if (/[\s\\]/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username;
  } catch {
    return false;
  }
}

/**
 * A source `frame-ancestors` may name: `'self'`, or an http(s) origin (scheme, host, optional port; a leading `*.`
 * for any subdomain), nothing that could end the directive or add another (no `;`, quotes, paths or spaces).
 */
export function isFrameAncestor(value: string): boolean {
  if (value === "'self'") return true;
  return /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i.test(value);
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };

  const nodeEnvRaw = env['NODE_ENV'] ?? 'development';
  const nodeEnv = (
    ['development', 'production', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development'
  ) as AppConfig['nodeEnv'];
  const port = int('PORT', 3000, 0, 65535);
  const host = env['HOST'] || '127.0.0.1';
  const publicOrigin = (env['PUBLIC_ORIGIN'] || `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/[^/]+$/.test(publicOrigin))
    problems.push(`PUBLIC_ORIGIN must be an origin like https://masswerk.example.org`);

  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must start with postgres://');
  const databaseReadUrl = env['DATABASE_READ_URL'] || null;
  if (databaseReadUrl && !/^postgres(ql)?:\/\//.test(databaseReadUrl))
    problems.push('DATABASE_READ_URL must start with postgres://');
  else if (databaseReadUrl && !databaseUrl)
    problems.push('DATABASE_READ_URL needs DATABASE_URL: a replica of the embedded PostgreSQL does not exist');
  const databaseMigrationUrl = env['DATABASE_MIGRATION_URL'] || null;
  if (databaseMigrationUrl && !/^postgres(ql)?:\/\//.test(databaseMigrationUrl))
    problems.push('DATABASE_MIGRATION_URL must start with postgres://');
  else if (databaseMigrationUrl && !databaseUrl)
    problems.push('DATABASE_MIGRATION_URL needs DATABASE_URL: the embedded PostgreSQL is migrated directly');

  const smtpUrl = env['SMTP_URL'];
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');

  const today = env['MASSWERK_TODAY'] || null;
  if (today && !isIsoDate(today)) problems.push(`MASSWERK_TODAY must be a date like 2026-11-21 (got "${today}")`);

  const timeZone = env['TZ_BUSINESS'] || 'Europe/Berlin';
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone });
  } catch {
    problems.push(`TZ_BUSINESS is not a time zone: "${timeZone}"`);
  }

  const reminderTime = env['REMINDER_TIME'] || '06:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(reminderTime))
    problems.push(`REMINDER_TIME must be a time like 06:00 (got "${reminderTime}")`);

  const link = (name: string): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    if (!isLinkTarget(raw)) {
      problems.push(`${name} must be an http(s) URL or a path on this site starting with / (got "${raw}")`);
      return null;
    }
    return raw;
  };
  const email = (name: string): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    if (!EMAIL_ADDRESS.test(raw)) {
      problems.push(`${name} must be one e-mail address like barrierefreiheit@example.org (got "${raw}")`);
      return null;
    }
    return raw;
  };

  const frameAncestors = (env['PUBLIC_EMBED_ANCESTORS'] ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((source) => source.replace(/\/$/, ''));
  for (const source of frameAncestors.filter((s) => !isFrameAncestor(s)))
    problems.push(
      `PUBLIC_EMBED_ANCESTORS must list origins like https://www.eifelkreis.de or 'self', separated by spaces or commas (got "${source}")`,
    );

  const path = (value: string) => (isAbsolute(value) ? value : resolve(cwd, value));
  const dashboardDir = env['DASHBOARD_DIR'] === '' ? null : path(env['DASHBOARD_DIR'] || 'dist/apps/dashboard/browser');

  const config: AppConfig = {
    nodeEnv,
    port,
    host,
    publicOrigin,
    databaseUrl,
    databaseReadUrl,
    databaseMigrationUrl,
    embeddedPostgres: {
      dataDir: path(env['EMBEDDED_PG_DIR'] || '.data/postgres'),
      port: int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    },
    dbPoolSize: int('DB_POOL_SIZE', 10, 1, 500),
    demoData: bool('DEMO_DATA', databaseUrl === null),
    demoDataInProduction: bool('DEMO_DATA_IN_PRODUCTION', false),
    timeZone,
    today,
    logLevel: env['LOG_LEVEL'] || (nodeEnv === 'test' ? 'warn' : 'info'),
    dashboardDir,
    sessionIdleHours: int('SESSION_IDLE_HOURS', 12, 1, 24 * 30),
    statusReportCorrectionDays: int('STATUS_REPORT_CORRECTION_DAYS', 14, 0, 3650),
    secureCookies: bool('SECURE_COOKIES', publicOrigin.startsWith('https://')),
    trustProxy: bool('TRUST_PROXY', false),
    documents: {
      maxBytes: int('DOCUMENT_MAX_BYTES', 20 * 1_048_576, 1024, 1024 * 1_048_576),
    },
    mail: {
      smtpUrl: env['SMTP_URL'] || null,
      from: env['MAIL_FROM'] || 'Maßwerk <masswerk@localhost>',
    },
    jobs: {
      enabled: bool('JOBS', nodeEnv !== 'test'),
      reminderTime,
    },
    graphql: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: int('GRAPHQL_MAX_COMPLEXITY', 50000, 100, 10_000_000),
      publicMaxComplexity: int('PUBLIC_GRAPHQL_MAX_COMPLEXITY', 5000, 100, 10_000_000),
      publicRatePerMinute: int('PUBLIC_GRAPHQL_RATE_PER_MINUTE', 300, 0, 1_000_000),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 30, 1, 1000),
      maxTokens: int('GRAPHQL_MAX_TOKENS', 5000, 500, 1_000_000),
      readCacheMb: int('READ_CACHE_MB', 64, 0, 16_384),
      compiledReads: bool('COMPILED_READS', true),
      publicMaxAgeSeconds: int('PUBLIC_CACHE_MAX_AGE', 60, 0, 86_400),
      bodyLimitBytes: int('BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    },
    installation: {
      imprintUrl: link('IMPRINT_URL'),
      privacyUrl: link('PRIVACY_URL'),
      accessibilityContactEmail: email('ACCESSIBILITY_CONTACT_EMAIL'),
      accessibilityContactUrl: link('ACCESSIBILITY_CONTACT_URL'),
    },
    openData: {
      publisher: env['OPEN_DATA_PUBLISHER']?.trim() || `Maßwerk (${publicOrigin.replace(/^https?:\/\//, '')})`,
    },
    publicEmbed: { frameAncestors: frameAncestors.length ? frameAncestors : ["'self'"] },
    imports: {
      maxBytes: int('IMPORT_MAX_FILE_MB', 5, 1, 100) * 1_048_576,
      maxUncompressedBytes: int('IMPORT_MAX_UNPACKED_MB', 50, 1, 1000) * 1_048_576,
      maxMeasureRows: int('IMPORT_MAX_MEASURES', 2_000, 1, 100_000),
      maxPartRows: int('IMPORT_MAX_PART_ROWS', 10_000, 1, 1_000_000),
    },
  };
  if (config.demoData && nodeEnv === 'production' && !config.demoDataInProduction)
    problems.push(DEMO_DATA_IN_PRODUCTION_PROBLEM);
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
