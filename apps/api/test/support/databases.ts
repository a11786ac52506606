import { Client } from 'pg';
import { TEST_ENV } from './test-env';

/** Runs one statement on the test server's maintenance database (CREATE/DROP DATABASE and the like). */
export async function asTestServerAdmin(sql: string): Promise<void> {
  const admin = new Client({ connectionString: process.env[TEST_ENV.adminUrl] as string });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
