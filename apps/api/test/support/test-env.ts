/** Values the global setup hands to the test workers through the environment. */
export const TEST_ENV = {
  adminUrl: 'MASSWERK_TEST_ADMIN_URL',
  emptyTemplate: 'MASSWERK_TEST_EMPTY_TEMPLATE',
  demoTemplate: 'MASSWERK_TEST_DEMO_TEMPLATE',
  dataDir: 'MASSWERK_TEST_DATA_DIR',
  prefix: 'MASSWERK_TEST_PREFIX',
} as const;

/** The day the tests live on: demo data and computed values are placed relative to it. */
export const TEST_TODAY = '2026-11-21';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
