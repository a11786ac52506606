import { createPlatformAdmin } from '@masswerk/api/identity';
import { anAccount, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** An installation without demo data gets its first account from `main.js user:create-admin`. */
describe('the first platform administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('is created in an empty database and can sign in and read as platform administrator', async () => {
    await createPlatformAdmin(t.config.databaseUrl as string, {
      email: ' Betrieb@Example.COM ',
      displayName: 'Plattformbetrieb',
      password: 'ein-langes-passwort',
    });
    const admin = await t.signIn('betrieb@example.com', 'ein-langes-passwort');
    const data = await admin.data('{ viewer { user { email isPlatformAdmin } } }');
    expect(data['viewer'].user).toEqual({ email: 'betrieb@example.com', isPlatformAdmin: true });
  });

  it('refuses a second account with the same address, a short password and a bad address, writing nothing', async () => {
    const url = t.config.databaseUrl as string;
    // the address of an account that exists already
    await anAccount(t, { email: 'vorhanden@example.com' });
    const before = (await t.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n;
    await expect(
      createPlatformAdmin(url, {
        email: 'vorhanden@example.com',
        displayName: 'Zweiter',
        password: 'noch-ein-passwort',
      }),
    ).rejects.toThrow('Für vorhanden@example.com gibt es schon ein Konto.');
    await expect(
      createPlatformAdmin(url, { email: 'neu@example.com', displayName: 'Neu', password: 'kurz' }),
    ).rejects.toThrow('mindestens 10 Zeichen');
    await expect(
      createPlatformAdmin(url, { email: 'keine-adresse', displayName: 'Neu', password: 'ein-langes-passwort' }),
    ).rejects.toThrow('keine gültige E-Mail-Adresse');
    expect((await t.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(before);
  });
});
