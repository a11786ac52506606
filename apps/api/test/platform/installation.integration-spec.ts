import { anAccount } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

const INSTALLATION = `{ installation { imprintUrl privacyUrl accessibilityContactEmail accessibilityContactUrl } }`;

const CONFIGURED = {
  IMPRINT_URL: 'https://www.kreis.example.org/impressum',
  PRIVACY_URL: '/datenschutz.html',
  ACCESSIBILITY_CONTACT_EMAIL: 'barrierefreiheit@kreis.example.org',
  ACCESSIBILITY_CONTACT_URL: 'https://www.kreis.example.org/kontakt',
};

describe('the installation’s legal links and accessibility contact (decision 0067)', () => {
  describe('configured', () => {
    const app = appPerBlock(async (t) => ({ account: await anAccount(t) }), { env: CONFIGURED });

    it('are public: an anonymous caller gets exactly the configured values', async () => {
      const answer = await app.t.anonymous().request(INSTALLATION);
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        installation: {
          imprintUrl: 'https://www.kreis.example.org/impressum',
          privacyUrl: '/datenschutz.html',
          accessibilityContactEmail: 'barrierefreiheit@kreis.example.org',
          accessibilityContactUrl: 'https://www.kreis.example.org/kontakt',
        },
      });
    });

    it('are the same for a signed-in user', async () => {
      const signedIn = await app.t.signIn(app.account.email, app.account.password);
      expect((await signedIn.data(INSTALLATION)).installation.imprintUrl).toBe(CONFIGURED.IMPRINT_URL);
    });

    it('open nothing else to an anonymous caller', async () => {
      const anonymous = app.t.anonymous();
      expect((await anonymous.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
      expect(await anonymous.errorCode(`{ measures { totalCount } }`)).toBe('UNAUTHENTICATED');
      // The type carries the four settings and nothing more (no other configuration leaks through it).
      const { __type } = await anonymous.data(`{ __type(name: "Installation") { fields { name } } }`);
      expect(__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
        'accessibilityContactEmail',
        'accessibilityContactUrl',
        'imprintUrl',
        'privacyUrl',
      ]);
    });
  });

  describe('not configured', () => {
    const app = appPerBlock(async () => ({}));

    it('answers null for each, never a made-up address', async () => {
      expect(await app.t.anonymous().data(INSTALLATION)).toEqual({
        installation: {
          imprintUrl: null,
          privacyUrl: null,
          accessibilityContactEmail: null,
          accessibilityContactUrl: null,
        },
      });
    });
  });
});
