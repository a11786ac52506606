import { createPlatformAdmin } from '@masswerk/api/identity';
import { GraphqlClient } from '../support/graphql-client';
import { anSmtpInbox, SmtpInbox } from '../support/smtp-inbox';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Adding a person to a project (issue #11, finding 8; decision 0040): an administrator invites an address. The answer
 * is the same for known and unknown addresses and says nothing about any account; nobody becomes a member, nor gives
 * a project administrator any power over them, without accepting. The invitation travels by mail (the outbox, or SMTP).
 */

const PASSWORD = 'ein-langes-Passwort-2026';
const INVITE = `mutation($input: InviteProjectMemberInput!) {
  inviteProjectMember(input: $input) { id email displayName role status expiresAt version invitedByName territorialUnit { id } }
}`;
const MEMBERS = `query($p: ID!) { projectMembers(modelProjectId: $p) { id role user { email displayName isPlatformAdmin lastSignInAt } } }`;

interface World {
  t: TestApp;
  platform: GraphqlClient;
  projectId: string;
  otherProjectId: string;
  admin: GraphqlClient;
}

async function aWorld(env: Record<string, string> = {}): Promise<World> {
  const t = await startTestApp({ demo: false, env });
  await createPlatformAdmin(t.config.databaseUrl ?? '', {
    email: 'betrieb@invite.example.org',
    displayName: 'Betrieb',
    password: PASSWORD,
  });
  const platform = await t.signIn('betrieb@invite.example.org', PASSWORD);
  const land = await platform.data(
    `mutation { createTerritorialUnit(input: { kind: LAND, name: "Einladeland" }) { id } }`,
  );
  const kreis = (name: string) =>
    platform.data(
      `mutation($p: ID!, $n: String!) { createTerritorialUnit(input: { kind: LANDKREIS, name: $n, parentId: $p }) { id } }`,
      {
        p: land.createTerritorialUnit.id,
        n: name,
      },
    );
  const project = async (code: string, unit: string) =>
    (
      await platform.data(
        `mutation($c: String!, $u: ID!) { createModelProject(input: { code: $c, name: $c, cohortYear: 2021, leadUnitId: $u }) { id } }`,
        { c: code, u: unit },
      )
    ).createModelProject.id as string;
  const projectId = await project('INV', (await kreis('Kreis Einladung')).createTerritorialUnit.id);
  const otherProjectId = await project('OTH', (await kreis('Kreis Anderswo')).createTerritorialUnit.id);
  // each project gets its administrator through an accepted invitation, as in real life
  const admin = await acceptAsNewAccount(t, platform, projectId, 'buero@invite.example.org', 'ADMIN', 'Projektbüro');
  await acceptAsNewAccount(t, platform, otherProjectId, 'buero@other.example.org', 'ADMIN', 'Anderes Büro');
  return { t, platform, projectId, otherProjectId, admin };
}

/** The secret of the newest mail to an address, read from the outbox. */
async function linkTo(t: TestApp, email: string): Promise<string> {
  const { rows } = await t.db.query(
    `SELECT body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  const token = /\/einladung\/([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

async function acceptAsNewAccount(
  t: TestApp,
  inviter: GraphqlClient,
  projectId: string,
  email: string,
  role: string,
  name: string,
): Promise<GraphqlClient> {
  await inviter.data(INVITE, { input: { modelProjectId: projectId, email, role } });
  const token = await linkTo(t, email);
  await t
    .anonymous()
    .data(
      `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { id } } }`,
      {
        input: { token, displayName: name, password: PASSWORD },
      },
    );
  return t.signIn(email, PASSWORD);
}

describe('invitations', () => {
  let w: World;
  beforeAll(async () => (w = await aWorld()));
  afterAll(() => w.t.close());

  it('answers the same for a known and an unknown address, revealing nothing about accounts', async () => {
    const known = await w.admin.request(INVITE, {
      input: { modelProjectId: w.projectId, email: 'buero@other.example.org', role: 'COUNCIL' },
    });
    const unknown = await w.admin.request(INVITE, {
      input: { modelProjectId: w.projectId, email: 'niemand@invite.example.org', role: 'COUNCIL' },
    });
    const platformAdmin = await w.admin.request(INVITE, {
      input: { modelProjectId: w.projectId, email: 'betrieb@invite.example.org', role: 'ADMIN' },
    });
    const shape = (r: typeof known) => {
      const {
        id: _id,
        email: _email,
        expiresAt: _expires,
        ...rest
      } = (r.data as { inviteProjectMember: Record<string, unknown> }).inviteProjectMember;
      return rest;
    };
    expect(known.errors).toBeUndefined();
    expect(shape(known)).toEqual(shape(unknown));
    expect(shape(known)).toEqual({ ...shape(platformAdmin), role: 'COUNCIL' });
    expect(shape(known)).toMatchObject({ displayName: '', status: 'PENDING', invitedByName: 'Projektbüro' });
    expect(JSON.stringify([known, unknown, platformAdmin])).not.toMatch(
      /Anderes Büro|Betrieb"|lastSignInAt|isPlatformAdmin/,
    );

    // nobody became a member by being typed in
    const members = await w.admin.data(MEMBERS, { p: w.projectId });
    expect(members.projectMembers.map((m: { user: { email: string } }) => m.user.email)).toEqual([
      'buero@invite.example.org',
    ]);
  });

  it('shows a project administrator nothing about members’ accounts beyond name and address', async () => {
    await acceptAsNewAccount(w.t, w.admin, w.projectId, 'rat@invite.example.org', 'COUNCIL', 'Ratsmitglied');
    const { projectMembers } = await w.admin.data(MEMBERS, { p: w.projectId });
    const council = projectMembers.find((m: { user: { email: string } }) => m.user.email === 'rat@invite.example.org');
    expect(council.user).toEqual({
      email: 'rat@invite.example.org',
      displayName: 'Ratsmitglied',
      isPlatformAdmin: null,
      lastSignInAt: null,
    });
    // the platform administrator sees them
    const seen = await w.platform.data(MEMBERS, { p: w.projectId });
    expect(
      seen.projectMembers.find((m: { user: { email: string } }) => m.user.email === 'rat@invite.example.org').user
        .lastSignInAt,
    ).not.toBeNull();
  });

  it('lets a person with an account accept after signing in, not from the link, and only for their own address', async () => {
    await w.admin
      .data(INVITE, { input: { modelProjectId: w.projectId, email: 'buero@other.example.org', role: 'FUNDER' } })
      .catch(() => undefined);
    const token = await linkTo(w.t, 'buero@other.example.org');
    const preview = await w.t
      .anonymous()
      .data(`query($t: String!) { invitationByToken(token: $t) { id projectCode role accountExists status } }`, {
        t: token,
      });
    expect(preview.invitationByToken).toMatchObject({ projectCode: 'INV', accountExists: true, status: 'PENDING' });

    const fromLink = await w.t
      .anonymous()
      .error(
        `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { id } } }`,
        { input: { token, displayName: 'Übernahme', password: 'ein-anderes-Passwort' } },
      );
    expect(fromLink.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });

    // someone else, signed in, cannot take it
    const rat = await w.t.signIn('rat@invite.example.org', PASSWORD);
    expect(
      (await rat.error(`mutation($id: ID!) { acceptInvitation(id: $id) { id } }`, { id: preview.invitationByToken.id }))
        .extensions?.code,
    ).toBe('NOT_FOUND');

    const invitee = await w.t.signIn('buero@other.example.org', PASSWORD);
    const mine = await invitee.data(`{ myInvitations { id role modelProject { code } } }`);
    expect(mine.myInvitations.map((i: { modelProject: { code: string } }) => i.modelProject.code)).toContain('INV');
    await invitee.data(`mutation($id: ID!) { acceptInvitation(id: $id) { id role } }`, {
      id: preview.invitationByToken.id,
    });
    const members = await w.admin.data(MEMBERS, { p: w.projectId });
    expect(members.projectMembers.map((m: { user: { email: string } }) => m.user.email)).toContain(
      'buero@other.example.org',
    );
    // answered: the link shows it, and it cannot be answered again
    const again = await w.t
      .anonymous()
      .data(`query($t: String!) { invitationByToken(token: $t) { status } }`, { t: token });
    expect(again.invitationByToken.status).toBe('ACCEPTED');
  });

  it('creates the account from the link for a new address, signs it in, and records it all in the history', async () => {
    await w.admin.data(INVITE, {
      input: {
        modelProjectId: w.projectId,
        email: 'neu@invite.example.org',
        role: 'EDITOR',
        displayName: 'Neue Kraft',
      },
    });
    const token = await linkTo(w.t, 'neu@invite.example.org');
    const mail = (
      await w.t.db.query(`SELECT subject, body FROM mail_outbox WHERE to_address = 'neu@invite.example.org'`)
    ).rows[0];
    expect(mail.subject).toContain('INV');
    expect(mail.body).toMatch(/Guten Tag Neue Kraft,[\s\S]*Projektbüro lädt Sie[\s\S]*Maßnahmenverantwortliche/);
    expect(mail.body).toContain(`${w.t.config.publicOrigin}/einladung/${token}`);

    const response = await fetch(`${w.t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { email displayName } memberships { role } } }`,
        variables: { input: { token, displayName: 'Neue Kraft', password: PASSWORD } },
      }),
    });
    const body = await response.json();
    expect(body.data.acceptInvitationWithNewAccount).toEqual({
      user: { email: 'neu@invite.example.org', displayName: 'Neue Kraft' },
      memberships: [{ role: 'EDITOR' }],
    });
    expect(response.headers.getSetCookie().some((c) => c.startsWith('mw_session='))).toBe(true);
    const history = await w.t.db.query(
      `SELECT entity_type, action FROM audit_entry WHERE transaction_id = (SELECT transaction_id FROM audit_entry WHERE entity_type = 'User' AND after->>'email' = 'neu@invite.example.org') ORDER BY id`,
    );
    expect(history.rows).toEqual([
      { entity_type: 'User', action: 'CREATE' },
      { entity_type: 'Membership', action: 'CREATE' },
      { entity_type: 'Invitation', action: 'UPDATE' },
    ]);
    expect(JSON.stringify(history.rows)).not.toContain('tokenHash');
  });

  it('withdraws, resends (the old link stops) and expires invitations', async () => {
    const { inviteProjectMember: sent } = await w.admin.data(INVITE, {
      input: { modelProjectId: w.projectId, email: 'spaeter@invite.example.org', role: 'COUNCIL' },
    });
    const first = await linkTo(w.t, 'spaeter@invite.example.org');
    // a second invitation while one is open is refused
    expect(
      (
        await w.admin.error(INVITE, {
          input: { modelProjectId: w.projectId, email: 'spaeter@invite.example.org', role: 'COUNCIL' },
        })
      ).extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
    const resent = await w.admin.data(
      `mutation($id: ID!, $v: Int!) { resendInvitation(id: $id, version: $v) { version } }`,
      {
        id: sent.id,
        v: sent.version,
      },
    );
    const second = await linkTo(w.t, 'spaeter@invite.example.org');
    expect(second).not.toBe(first);
    expect(
      (await w.t.anonymous().error(`query($t: String!) { invitationByToken(token: $t) { status } }`, { t: first }))
        .extensions?.code,
    ).toBe('NOT_FOUND');

    // expired: the link says so, and accepting is refused
    await w.t.db.query(`UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1`, [sent.id]);
    expect(
      (await w.t.anonymous().data(`query($t: String!) { invitationByToken(token: $t) { status } }`, { t: second }))
        .invitationByToken.status,
    ).toBe('EXPIRED');
    const late = await w.t
      .anonymous()
      .error(
        `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { id } } }`,
        { input: { token: second, displayName: 'Zu spät', password: PASSWORD } },
      );
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXPIRED' });
    // an expired one can be sent again, or a new one made
    await w.admin.data(INVITE, {
      input: { modelProjectId: w.projectId, email: 'spaeter@invite.example.org', role: 'COUNCIL' },
    });
    const list = await w.admin.data(`query($p: ID!) { projectInvitations(modelProjectId: $p) { email status } }`, {
      p: w.projectId,
    });
    expect(
      list.projectInvitations
        .filter((i: { email: string }) => i.email === 'spaeter@invite.example.org')
        .map((i: { status: string }) => i.status),
    ).toEqual(['PENDING', 'REVOKED']);
    expect(resent.resendInvitation.version).toBe(sent.version + 1);
  });

  it('refuses invitations by those who do not manage the project', async () => {
    const rat = await w.t.signIn('rat@invite.example.org', PASSWORD);
    expect(
      (
        await rat.error(INVITE, {
          input: { modelProjectId: w.projectId, email: 'x@invite.example.org', role: 'ADMIN' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await w.admin.error(INVITE, {
          input: { modelProjectId: w.otherProjectId, email: 'x@invite.example.org', role: 'ADMIN' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('invitation mail through SMTP', () => {
  let smtp: SmtpInbox;
  let w: World;

  beforeAll(async () => {
    smtp = await anSmtpInbox();
    w = await aWorld({ SMTP_URL: smtp.url, MAIL_FROM: 'Maßwerk <masswerk@invite.example.org>' });
  });
  afterAll(async () => {
    await w?.t.close();
    await smtp?.close();
  });

  it('delivers the invitation to the address and records it as sent', async () => {
    await w.admin.data(INVITE, {
      input: { modelProjectId: w.projectId, email: 'post@invite.example.org', role: 'FUNDER' },
    });
    const until = Date.now() + 10_000;
    await smtp.until((mails) => mails.some((m) => m.to === 'post@invite.example.org'), 'the invitation');
    const mail = smtp.mails.find((m) => m.to === 'post@invite.example.org');
    expect(mail?.subject).toMatch(/Einladung/);
    expect(mail?.body).toContain('/einladung/');
    // The server has the mail a moment before the sender hears so and records it: wait for the record too.
    const sentAt = async () =>
      (await w.t.db.query(`SELECT sent_at FROM mail_outbox WHERE to_address = 'post@invite.example.org'`)).rows[0]
        ?.sent_at ?? null;
    while ((await sentAt()) === null && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(await sentAt()).not.toBeNull();
    // once each: the two mails of the world and this one, no more
    expect(smtp.mails.filter((m) => m.to === 'post@invite.example.org')).toHaveLength(1);
  });
});
