import { aMember, anAccount, aPlatformAdmin, aProject } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

const SEND = `mutation($userId: ID!) { sendPasswordReset(userId: $userId) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const VIEWER = `query { viewer { user { email } } }`;
const NEW_PASSWORD = 'ein-neues-langes-Passwort';

describe('password reset by a one-time link (decision 0048)', () => {
  const app = appPerBlock(async (t) => ({ platform: await aPlatformAdmin(t) }));

  /** The secret in the newest reset mail to the address. */
  const secretFor = async (email: string): Promise<string> => {
    const { rows } = await app.t.db.query(
      `SELECT body FROM mail_outbox WHERE to_address = $1 AND kind = 'PASSWORD_RESET' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return /\/passwort-zuruecksetzen\/([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '')?.[1] as string;
  };

  it('mails a link that sets a new password once, ends the old sessions and stores only a hash', async () => {
    const account = await anAccount(app.t);
    const oldSession = await app.t.signIn(account.email, account.password);
    expect(await app.platform.data(SEND, { userId: account.id })).toEqual({ sendPasswordReset: true });
    const secret = await secretFor(account.email);
    expect(secret).toBeTruthy();
    const stored = await app.t.db.query(
      `SELECT count(*)::int AS n FROM password_reset WHERE token_hash::text LIKE $1`,
      [`%${Buffer.from(secret).toString('hex')}%`],
    );
    expect(stored.rows[0].n).toBe(0);

    expect(await app.t.anonymous().data(RESET, { input: { token: secret, password: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });
    expect((await oldSession.data(VIEWER)).viewer).toBeNull();
    const fresh = await app.t.signIn(account.email, NEW_PASSWORD);
    expect((await fresh.data(VIEWER)).viewer.user.email).toBe(account.email);
    // the link works once
    const again = await app.t
      .anonymous()
      .error(RESET, { input: { token: secret, password: 'noch-ein-anderes-Passwort' } });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXPIRED' });
  });

  it('replaces an earlier link, and refuses an expired one', async () => {
    const account = await anAccount(app.t);
    await app.platform.data(SEND, { userId: account.id });
    const first = await secretFor(account.email);
    await app.platform.data(SEND, { userId: account.id });
    const second = await secretFor(account.email);
    expect(await app.t.anonymous().errorCode(RESET, { input: { token: first, password: NEW_PASSWORD } })).toBe(
      'CONFLICT',
    );
    await app.t.db.query(`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      account.id,
    ]);
    expect(await app.t.anonymous().errorCode(RESET, { input: { token: second, password: NEW_PASSWORD } })).toBe(
      'CONFLICT',
    );
  });

  it('is sent only by platform administrators (FORBIDDEN for a project office, UNAUTHENTICATED anonymously)', async () => {
    const account = await anAccount(app.t);
    const projectAdmin = await aMember(app.t, await aProject(app.t), 'ADMIN');
    expect(await projectAdmin.errorCode(SEND, { userId: account.id })).toBe('FORBIDDEN');
    expect(await app.t.anonymous().errorCode(SEND, { userId: account.id })).toBe('UNAUTHENTICATED');
    const mails = await app.t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = $1`, [
      account.email,
    ]);
    expect(mails.rows[0].n).toBe(0);
  });

  it('refuses a short password (BAD_USER_INPUT) and an unknown link (CONFLICT)', async () => {
    expect(await app.t.anonymous().errorCode(RESET, { input: { token: 'x'.repeat(43), password: 'kurz' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await app.t.anonymous().errorCode(RESET, { input: { token: 'x'.repeat(43), password: NEW_PASSWORD } })).toBe(
      'CONFLICT',
    );
  });
});
