import {
  Account,
  aClusterOf,
  aMeasure,
  aMember,
  aMembership,
  anAccount,
  aPlatformAdmin,
  aProject,
  aUnit,
  Measure,
  Member,
  WORLD_TIMEOUT,
} from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const MEMBERS = `query($id: ID!) { projectMembers(modelProjectId: $id) { id role version user { email displayName } territorialUnit { name } } }`;
const ADD = `mutation($input: InviteProjectMemberInput!) { inviteProjectMember(input: $input) { id role version territorialUnit { name } } }`;
const ACCEPT_NEW = `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { id } } }`;
const UPDATE = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role version territorialUnit { name } } }`;
const REMOVE = `mutation($id: ID!, $version: Int!) { removeMembership(id: $id, version: $version) }`;
const DISABLE = `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id disabled version } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const PASSWORD = 'ein-langes-Anfangspasswort';

type Membership = { id: string; role: string; version: number; user: { id: string; email: string } };

describe('project members', () => {
  let t: TestApp;
  let platform: GraphqlClient;
  let admin: Member;
  let council: Member;
  let editor: Member;
  let funder: Member;
  let peerAdmin: GraphqlClient;
  /** Who may not manage the project's people: its council, editors and funder, and a peer project's administrator. */
  const NOT_MANAGING_THE_PEOPLE: [string, () => GraphqlClient][] = [
    ['the council', () => council],
    ['an editor', () => editor],
    ['the funder', () => funder],
    ['the administrator of a peer project', () => peerAdmin],
  ];
  /** The administrators of KL, WND, LNZ and KUS: each project has exactly one. */
  let klAdmin: Account;
  let wndAdmin: Member;
  let lnzAdmin: Account;
  let kusAdmin: Account;
  /** Two measures of the own project. */
  let m03: Measure;
  let m04: Measure;
  /** The projects by the names the scenarios use: OWN with its people, its cluster peer PEER, and four others. */
  const projectId: Record<string, string> = {};
  let ownCode: string;
  const unitId: Record<string, string> = {};

  const membershipOf = async (email: string, project: string): Promise<Membership> => {
    const { rows } = await t.db.query(
      `SELECT m.id, m.role, m.version, json_build_object('id', u.id, 'email', u.email) AS user
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE u.email = $1 AND m.model_project_id = $2`,
      [email, projectId[project]],
    );
    return rows[0];
  };
  const adminsOf = async (project: string): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.model_project_id = $1 AND m.role = 'ADMIN' ORDER BY u.email`,
        [projectId[project]],
      )
    ).rows.map((r) => r.email);
  const footprint = async () =>
    (
      await t.db.query(
        `SELECT (SELECT coalesce(jsonb_agg(to_jsonb(m) - 'updated_at' ORDER BY m.id), '[]') FROM membership m) AS memberships,
                (SELECT count(*)::int FROM app_user) AS users,
                (SELECT count(*)::int FROM audit_entry) AS history,
                (SELECT count(*)::int FROM invitation) AS invitations,
                (SELECT count(*)::int FROM mail_outbox) AS mails`,
      )
    ).rows[0];
  /** A new person in a project, added by its administrator (or the platform administrator). */
  const userVersion = async (userId: string): Promise<number> =>
    (await t.db.query(`SELECT version FROM app_user WHERE id = $1`, [userId])).rows[0].version;
  /** The secret of the newest invitation mail to an address. */
  const linkTo = async (email: string): Promise<string> => {
    const { rows } = await t.db.query(
      `SELECT body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
      [email.toLowerCase()],
    );
    return /\/einladung\/([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '')?.[1] as string;
  };
  /**
   * A new person in a project, invited by its administrator (or the platform administrator), who accepts from the
   * mailed link with a new account (password PASSWORD).
   */
  const aNewMember = async (
    by: GraphqlClient,
    code: string,
    email: string,
    role: string,
    extra: Record<string, unknown> = {},
  ): Promise<Membership> => {
    await by.data(ADD, { input: { modelProjectId: projectId[code], email, role, ...extra } });
    await t.anonymous().data(ACCEPT_NEW, {
      input: { token: await linkTo(email), displayName: `Person ${email.split('@')[0]}`, password: PASSWORD },
    });
    return membershipOf(email.toLowerCase(), code);
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    const {
      projects: [eif, myk],
    } = await aClusterOf(t, [
      { municipalities: ['Gemeinde Arzfeld', 'Gemeinde Prüm', 'Stadt Bitburg'] },
      { municipalities: ['Stadt Andernach', 'Stadt Mayen'] },
    ]);
    const [kl, wnd, lnz, kus] = [
      await aProject(t),
      await aProject(t),
      await aProject(t),
      await aProject(t, { lead: 'Landkreis Kusel' }),
    ];
    await aUnit(t, { kind: 'LANDKREIS', name: 'Landkreis Neuwied' });
    Object.assign(projectId, { OWN: eif.id, PEER: myk.id, KL: kl.id, WND: wnd.id, LNZ: lnz.id, KUS: kus.id });
    ownCode = eif.code;
    for (const r of (await t.db.query(`SELECT id, name FROM territorial_unit`)).rows) unitId[r.name] = r.id;
    m03 = await aMeasure(t, eif, { title: 'Datenplattform' });
    m04 = await aMeasure(t, eif, { title: 'Bürger-App', status: 'IN_PROGRESS' });
    // signed in side by side (the people do not depend on each other)
    [platform, admin, council, editor, funder, peerAdmin, wndAdmin] = await Promise.all([
      aPlatformAdmin(t),
      aMember(t, eif, 'ADMIN'),
      aMember(t, eif, 'COUNCIL'),
      aMember(t, eif, 'EDITOR', { unit: { id: unitId['Gemeinde Prüm'] } }),
      aMember(t, eif, 'FUNDER'),
      aMember(t, myk, 'ADMIN'),
      aMember(t, wnd, 'ADMIN'),
    ]);
    await aMembership(t, funder.user, myk, 'FUNDER');
    // the administrators the scenarios only name
    klAdmin = await anAccount(t, { name: 'Smart City Testheim' });
    await aMembership(t, klAdmin, kl, 'ADMIN');
    lnzAdmin = await anAccount(t);
    await aMembership(t, lnzAdmin, lnz, 'ADMIN');
    kusAdmin = await anAccount(t);
    await aMembership(t, kusAdmin, kus, 'ADMIN');
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  describe('listing', () => {
    it('shows the project administrator the people of the project with their roles', async () => {
      const { projectMembers } = await admin.data(MEMBERS, { id: projectId['OWN'] });
      const byEmail = Object.fromEntries(
        projectMembers.map((m: { user: { email: string }; role: string; territorialUnit: { name: string } | null }) => [
          m.user.email,
          [m.role, m.territorialUnit?.name ?? null],
        ]),
      );
      expect(byEmail).toMatchObject({
        [admin.user.email]: ['ADMIN', null],
        [editor.user.email]: ['EDITOR', 'Gemeinde Prüm'],
        [council.user.email]: ['COUNCIL', null],
        [funder.user.email]: ['FUNDER', null],
      });
    });

    it('shows a member’s other projects to nobody who does not manage them', async () => {
      const { projectMembers } = await admin.data(
        `query($id: ID!) { projectMembers(modelProjectId: $id) { user { email memberships { modelProject { code } } } } }`,
        { id: projectId['OWN'] },
      );
      const funderEntry = projectMembers.find((m: { user: { email: string } }) => m.user.email === funder.user.email);
      expect(funderEntry.user.memberships).toEqual([{ modelProject: { code: ownCode } }]);
    });

    it.each(NOT_MANAGING_THE_PEOPLE)('is refused to %s', async (_case, who) => {
      expect(await who().errorCode(MEMBERS, { id: projectId['OWN'] })).toBe('FORBIDDEN');
    });

    it('is open to the platform administrator', async () => {
      const { projectMembers } = await platform.data(MEMBERS, { id: projectId['OWN'] });
      expect(projectMembers.length).toBeGreaterThanOrEqual(4);
    });
  });

  describe('adding (by invitation)', () => {
    it('makes a member of an invited person who creates the account from the link, and signs in with its role', async () => {
      const added = await aNewMember(admin, 'OWN', 'Neu.Rat@Example.com', 'COUNCIL');
      expect(added).toMatchObject({ role: 'COUNCIL', version: 1, user: { email: 'neu.rat@example.com' } });
      const person = await t.signIn('neu.rat@example.com', PASSWORD);
      const { viewer } = await person.data(
        `{ viewer { user { displayName } memberships { role modelProject { code } } } }`,
      );
      expect(viewer).toEqual({
        user: { displayName: 'Person Neu.Rat' },
        memberships: [{ role: 'COUNCIL', modelProject: { code: ownCode } }],
      });
      const { rows } = await t.db.query(
        `SELECT entity_type, action, after::text AS after FROM audit_entry WHERE entity_id IN ($1, $2) ORDER BY id`,
        [added.user.id, added.id],
      );
      expect(rows.map((r) => [r.entity_type, r.action])).toEqual([
        ['User', 'CREATE'],
        ['Membership', 'CREATE'],
      ]);
      expect(rows.map((r) => r.after).join()).not.toMatch(/argon|passwordHash|Anfangspasswort/);
    });

    it('lets an existing account accept without its password or name being touched', async () => {
      const existing = await membershipOf(klAdmin.email, 'KL');
      const before = await t.db.query(`SELECT password_hash, display_name, version FROM app_user WHERE id = $1`, [
        existing.user.id,
      ]);
      const { inviteProjectMember } = await admin.data(ADD, {
        input: { modelProjectId: projectId['OWN'], email: klAdmin.email, role: 'FUNDER', displayName: 'Anderer Name' },
      });
      // not a member until accepted
      expect(await membershipOf(klAdmin.email, 'OWN')).toBeUndefined();
      const person = await t.signIn(klAdmin.email, klAdmin.password);
      await person.data(`mutation($id: ID!) { acceptInvitation(id: $id) { id } }`, { id: inviteProjectMember.id });
      expect(await membershipOf(klAdmin.email, 'OWN')).toMatchObject({
        role: 'FUNDER',
        user: { id: existing.user.id },
      });
      const after = await t.db.query(`SELECT password_hash, display_name, version FROM app_user WHERE id = $1`, [
        existing.user.id,
      ]);
      expect(after.rows[0]).toEqual(before.rows[0]);
    });

    it('gives an editor a municipality of the project', async () => {
      const added = await aNewMember(admin, 'OWN', 'neu.editor.bitburg@example.com', 'EDITOR', {
        territorialUnitId: unitId['Stadt Bitburg'],
      });
      const { projectMembers } = await admin.data(MEMBERS, { id: projectId['OWN'] });
      expect(projectMembers.find((m: { id: string }) => m.id === added.id)).toMatchObject({
        role: 'EDITOR',
        territorialUnit: { name: 'Stadt Bitburg' },
      });
    });

    it.each([
      ['a municipality of another project', 'EDITOR', 'Stadt Andernach', 'input.territorialUnitId'],
      ['a municipality for a council member', 'COUNCIL', 'Stadt Bitburg', 'input.territorialUnitId'],
    ])('refuses %s, inviting nobody', async (_case, role, unit, field) => {
      const before = await footprint();
      const error = await admin.error(ADD, {
        input: {
          modelProjectId: projectId['OWN'],
          email: `abgelehnt.${role.toLowerCase()}@example.com`,
          displayName: 'Abgelehnt',
          role,
          territorialUnitId: unitId[unit],
        },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['an invalid e-mail address', { email: 'keine-adresse' }, 'email'],
      ['an unknown role', { role: 'OWNER' }, 'role'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
      const before = await footprint();
      const result = await admin.request(ADD, {
        input: {
          modelProjectId: projectId['OWN'],
          email: 'unvollstaendig@example.com',
          displayName: 'Unvollständig',
          role: 'COUNCIL',
          ...overrides,
        },
      });
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error?.extensions?.['field'] ?? error?.message)).toContain(field);
      expect(await footprint()).toEqual(before);
    });

    it('refuses a person who already belongs to the project with CONFLICT', async () => {
      const before = await footprint();
      const error = await admin.error(ADD, {
        input: { modelProjectId: projectId['OWN'], email: council.user.email, role: 'FUNDER' },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['the council', () => council],
      ['an editor', () => editor],
      ['the administrator of a peer project', () => peerAdmin],
    ])('is refused to %s', async (_case, who) => {
      const before = await footprint();
      expect(
        await who().errorCode(ADD, {
          input: {
            modelProjectId: projectId['OWN'],
            email: 'eingeschleust@example.com',
            displayName: 'Eingeschleust',
            role: 'ADMIN',
          },
        }),
      ).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    });
  });

  describe('changing', () => {
    it('changes a role, effective with the next request of the person', async () => {
      const member = await aNewMember(admin, 'OWN', 'befoerdert@example.com', 'COUNCIL');
      const person = await t.signIn('befoerdert@example.com', PASSWORD);
      const measure = (await t.db.query(`SELECT id, version FROM measure WHERE id = $1`, [m03.id])).rows[0];
      const plan = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version } }`;
      const input = { id: measure.id, version: measure.version, summary: 'Vom neuen Admin' };
      expect(await person.errorCode(plan, { input })).toBe('FORBIDDEN');
      const { updateMembership } = await admin.data(UPDATE, { input: { id: member.id, version: 1, role: 'ADMIN' } });
      expect(updateMembership).toMatchObject({ role: 'ADMIN', version: 2 });
      expect((await person.data(plan, { input })).updateMeasure.version).toBe(measure.version + 1);
    });

    it('moves an editor to another municipality of the project, and refuses one outside it', async () => {
      const member = await aNewMember(admin, 'OWN', 'umzug@example.com', 'EDITOR', {
        territorialUnitId: unitId['Gemeinde Prüm'],
      });
      const { updateMembership } = await admin.data(UPDATE, {
        input: { id: member.id, version: 1, territorialUnitId: unitId['Gemeinde Arzfeld'] },
      });
      expect(updateMembership.territorialUnit).toEqual({ name: 'Gemeinde Arzfeld' });
      const before = await footprint();
      const error = await admin.error(UPDATE, {
        input: { id: member.id, version: 2, territorialUnitId: unitId['Landkreis Kusel'] },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.territorialUnitId' });
      expect(await footprint()).toEqual(before);
    });

    it('turns an editor into a council member when the municipality is cleared with it', async () => {
      const member = await aNewMember(admin, 'OWN', 'wechsel@example.com', 'EDITOR', {
        territorialUnitId: unitId['Stadt Bitburg'],
      });
      const { updateMembership } = await admin.data(UPDATE, {
        input: { id: member.id, version: 1, role: 'COUNCIL', territorialUnitId: null },
      });
      expect(updateMembership).toMatchObject({ role: 'COUNCIL', territorialUnit: null });
    });

    it('refuses a stale version with CONFLICT', async () => {
      const member = await aNewMember(admin, 'OWN', 'veraltet@example.com', 'COUNCIL');
      await admin.data(UPDATE, { input: { id: member.id, version: 1, role: 'FUNDER' } });
      const error = await admin.error(UPDATE, { input: { id: member.id, version: 1, role: 'ADMIN' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    });

    it.each(NOT_MANAGING_THE_PEOPLE)('is refused to %s', async (_case, who) => {
      const target = await membershipOf(council.user.email, 'OWN');
      const before = await footprint();
      expect(await who().errorCode(UPDATE, { input: { id: target.id, version: target.version, role: 'ADMIN' } })).toBe(
        'FORBIDDEN',
      );
      expect(await who().errorCode(REMOVE, { id: target.id, version: target.version })).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    });
  });

  describe('removing', () => {
    it('ends the person’s access and their responsibility for measures of the project', async () => {
      const member = await aNewMember(admin, 'OWN', 'geht@example.com', 'EDITOR');
      const measure = (await t.db.query(`SELECT id, version FROM measure WHERE id = $1`, [m04.id])).rows[0];
      await admin.data(`mutation($input: SetMeasureAssigneesInput!) { setMeasureAssignees(input: $input) { id } }`, {
        input: { measureId: measure.id, version: measure.version, userIds: [member.user.id] },
      });
      const person = await t.signIn('geht@example.com', PASSWORD);
      const report = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`;
      await person.data(report, { input: { measureId: measure.id, trafficLight: 'GREEN', progress: 10 } });

      expect((await admin.data(REMOVE, { id: member.id, version: 1 })).removeMembership).toBe(member.id);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM measure_assignee WHERE user_id = $1`, [
        member.user.id,
      ]);
      expect(rows[0].n).toBe(0);
      expect(
        await person.errorCode(report, { input: { measureId: measure.id, trafficLight: 'RED', progress: 5 } }),
      ).toBe('FORBIDDEN');
      expect((await person.data(`{ measures { totalCount } }`)).measures.totalCount).toBe(0);
    });

    it('refuses a stale version with CONFLICT', async () => {
      const member = await aNewMember(admin, 'OWN', 'bleibt@example.com', 'COUNCIL');
      expect(await admin.errorCode(REMOVE, { id: member.id, version: 2 })).toBe('CONFLICT');
      expect(await membershipOf('bleibt@example.com', 'OWN')).toBeDefined();
    });
  });

  describe('the last administrator', () => {
    it.each([
      ['demote themselves', 'self', 'demote'],
      ['remove themselves', 'self', 'remove'],
      ['be demoted by the platform administrator', 'platform', 'demote'],
      ['be removed by the platform administrator', 'platform', 'remove'],
    ])('cannot %s', async (_case, by, how) => {
      // WND and LNZ each have exactly one administrator, and no test here adds one.
      const [who, email, code] =
        by === 'self' ? [wndAdmin, wndAdmin.user.email, 'WND'] : [platform, lnzAdmin.email, 'LNZ'];
      expect(await adminsOf(code)).toEqual([email]);
      const target = await membershipOf(email, code);
      const before = await footprint();
      const error =
        how === 'demote'
          ? await who.error(UPDATE, { input: { id: target.id, version: target.version, role: 'COUNCIL' } })
          : await who.error(REMOVE, { id: target.id, version: target.version });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/Administration/);
      expect(await footprint()).toEqual(before);
    });

    it('may step down once another administrator is named', async () => {
      await aNewMember(platform, 'KUS', 'zweite.kus@example.com', 'ADMIN');
      const first = await membershipOf(kusAdmin.email, 'KUS');
      await platform.data(UPDATE, { input: { id: first.id, version: first.version, role: 'COUNCIL' } });
      expect(await adminsOf('KUS')).toEqual(['zweite.kus@example.com']);
      const second = await membershipOf('zweite.kus@example.com', 'KUS');
      expect(await platform.errorCode(REMOVE, { id: second.id, version: second.version })).toBe('CONFLICT');
      expect(await adminsOf('KUS')).toEqual(['zweite.kus@example.com']);
    });

    it('survives its two administrators being removed or demoted at the same moment', async () => {
      const lead = unitId['Landkreis Neuwied'];
      for (let round = 1; round <= 4; round++) {
        const { createModelProject } = await platform.data(
          `mutation($input: CreateModelProjectInput!) { createModelProject(input: $input) { id } }`,
          { input: { code: `RACE${round}`, name: `Wettlauf ${round}`, cohortYear: 2021, leadUnitId: lead } },
        );
        projectId[`RACE${round}`] = createModelProject.id;
        const a = await aNewMember(platform, `RACE${round}`, `erste.${round}@example.com`, 'ADMIN');
        const b = await aNewMember(platform, `RACE${round}`, `zweite.${round}@example.com`, 'ADMIN');
        const takeAway = (m: Membership, i: number) =>
          (round + i) % 2 === 0
            ? platform.request(REMOVE, { id: m.id, version: 1 })
            : platform.request(UPDATE, { input: { id: m.id, version: 1, role: 'COUNCIL' } });
        const results = await Promise.all([takeAway(a, 0), takeAway(b, 1)]);
        const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
        expect(codes).toEqual(['CONFLICT', 'ok']);
        expect(await adminsOf(`RACE${round}`)).toHaveLength(1);
      }
    });
  });

  describe('disabled accounts', () => {
    it('are signed out everywhere, cannot sign in, and their API tokens stop working', async () => {
      const member = await aNewMember(admin, 'OWN', 'gesperrt@example.com', 'COUNCIL');
      const session = await t.signIn('gesperrt@example.com', PASSWORD);
      const { createApiToken } = await session.data(
        `mutation { createApiToken(input: { name: "Skript" }) { secret } }`,
      );
      const script = t.anonymous().withHeaders({ authorization: `Bearer ${createApiToken.secret}` });
      expect((await script.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe('gesperrt@example.com');

      const version = await userVersion(member.user.id);
      const { setUserDisabled } = await platform.data(DISABLE, {
        input: { userId: member.user.id, disabled: true, version },
      });
      expect(setUserDisabled).toMatchObject({ disabled: true, version: version + 1 });
      expect((await session.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
      expect(await session.errorCode(`{ measures { totalCount } }`)).toBe('UNAUTHENTICATED');
      expect((await script.data(`{ viewer { user { email } } }`)).viewer).toBeNull();
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [
        member.user.id,
      ]);
      expect(rows[0].n).toBe(0);

      const refused = await t
        .anonymous()
        .error(SIGN_IN, { input: { email: 'gesperrt@example.com', password: PASSWORD } });
      const wrong = await t
        .anonymous()
        .error(SIGN_IN, { input: { email: council.user.email, password: 'falsches-passwort' } });
      expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.message).toBe(wrong.message);

      await platform.data(DISABLE, { input: { userId: member.user.id, disabled: false, version: version + 1 } });
      const again = await t.signIn('gesperrt@example.com', PASSWORD);
      expect((await again.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe('gesperrt@example.com');
    });

    it('are disabled only from the version the administrator saw: a stale one is a CONFLICT and changes nothing', async () => {
      const member = await aNewMember(admin, 'OWN', 'nicht-aktuell@example.com', 'COUNCIL');
      const seen = await userVersion(member.user.id);
      const session = await t.signIn('nicht-aktuell@example.com', PASSWORD);
      await session.data(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
        input: { currentPassword: PASSWORD, newPassword: 'ein-ganz-neues-Passwort' },
      });
      const error = await platform.error(DISABLE, { input: { userId: member.user.id, disabled: true, version: seen } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: seen + 1 });
      const { rows } = await t.db.query(`SELECT disabled_at, version FROM app_user WHERE id = $1`, [member.user.id]);
      expect(rows[0]).toEqual({ disabled_at: null, version: seen + 1 });
      expect((await session.data(`{ viewer { user { email } } }`)).viewer.user.email).toBe('nicht-aktuell@example.com');
    });

    it('are disabled by platform administrators only', async () => {
      const target = await membershipOf(council.user.email, 'OWN');
      for (const who of [admin, council]) {
        expect(
          await who.errorCode(DISABLE, {
            input: { userId: target.user.id, disabled: true, version: await userVersion(target.user.id) },
          }),
        ).toBe('FORBIDDEN');
      }
      const { rows } = await t.db.query(`SELECT disabled_at FROM app_user WHERE id = $1`, [target.user.id]);
      expect(rows[0].disabled_at).toBeNull();
    });
  });
});
