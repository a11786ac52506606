import { Client } from 'pg';
import { hashPassword, MIN_PASSWORD_LENGTH } from './secrets';

export interface PlatformAdminInput {
  email: string;
  displayName: string;
  password: string;
}

/**
 * Creates a platform administrator in an empty (or any) installation: the way in for a new deployment without demo
 * data. Refuses an address that already has an account, and passwords shorter than the product's minimum.
 */
export async function createPlatformAdmin(databaseUrl: string, input: PlatformAdminInput): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName.trim();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error(`„${input.email}“ ist keine gültige E-Mail-Adresse.`);
  if (!displayName) throw new Error('Bitte einen Anzeigenamen angeben.');
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO app_user (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, true)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, displayName, await hashPassword(input.password)],
    );
    if (!rows[0]) throw new Error(`Für ${email} gibt es schon ein Konto.`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}
