import { createPlatformAdmin } from '@masswerk/api/identity';
import { startTestApp, TestApp } from '../support/test-app';

/** An installation without demo data gets its first account from `main.js user:create-admin`. */
describe('the first platform administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false });
  });
  afterAll(() => t.close());

  it('is created in an empty database and can sign in and read as platform administrator', async () => {
    await createPlatformAdmin(t.config.databaseUrl as string, {
      email: ' Betrieb@Example.ORG ',
      displayName: 'Plattformbetrieb',
      password: 'ein-langes-passwort',
    });
    const admin = await t.signIn('betrieb@example.org', 'ein-langes-passwort');
    const data = await admin.data('{ viewer { user { email isPlatformAdmin } } }');
    expect(data['viewer'].user).toEqual({ email: 'betrieb@example.org', isPlatformAdmin: true });
  });

  it('refuses a second account with the same address, a short password and a bad address, writing nothing', async () => {
    const url = t.config.databaseUrl as string;
    const before = (await t.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n;
    await expect(
      createPlatformAdmin(url, { email: 'betrieb@example.org', displayName: 'Zweiter', password: 'noch-ein-passwort' }),
    ).rejects.toThrow('Für betrieb@example.org gibt es schon ein Konto.');
    await expect(
      createPlatformAdmin(url, { email: 'neu@example.org', displayName: 'Neu', password: 'kurz' }),
    ).rejects.toThrow('mindestens 10 Zeichen');
    await expect(
      createPlatformAdmin(url, { email: 'keine-adresse', displayName: 'Neu', password: 'ein-langes-passwort' }),
    ).rejects.toThrow('keine gültige E-Mail-Adresse');
    expect((await t.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(before);
  });
});
