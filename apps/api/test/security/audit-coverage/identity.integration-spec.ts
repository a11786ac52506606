import { aMeasure, aMember, anAccount, aMembership, aProject, assign, signedIn } from '../../support/factories';
import {
  AuditContext,
  auditScenario,
  auditUpdate,
  auditWorld,
  describeAuditCoverage,
  updated,
} from '../../support/audit-coverage';

describeAuditCoverage('people and access', () => {
  /** A project the scenarios add people to, built once: each scenario brings its own people. */
  const world = auditWorld(async (t) => ({ project: await aProject(t) }));

  /** A new person with the given role in the project (an account of its own and the membership). */
  const aPersonIn = async ({ t }: AuditContext, role: string) => {
    const account = await anAccount(t);
    const membership = await aMembership(t, account, world.project, role);
    return { account, membership };
  };

  /** An invitation of the project to the address, sent by the platform administrator, and its link's secret. */
  const anInvitation = async ({ t, platform }: AuditContext, email: string, role = 'COUNCIL') => {
    const { inviteProjectMember } = await platform.data(
      `mutation($input: InviteProjectMemberInput!) { inviteProjectMember(input: $input) { id version } }`,
      { input: { modelProjectId: world.project.id, email, role } },
    );
    const { rows } = await t.db.query(
      `SELECT body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const token = /\/einladung\/([A-Za-z0-9_-]+)/.exec(rows[0].body)?.[1] as string;
    return { ...(inviteProjectMember as { id: string; version: number }), token };
  };

  auditScenario('inviteProjectMember', async ({ platform, run }) => {
    const i = await run(platform, 'inviteProjectMember', {
      modelProjectId: world.project.id,
      email: 'pruefer@example.com',
      displayName: 'Paula Prüfer',
      role: 'COUNCIL',
    });
    return [
      {
        type: 'Invitation',
        id: i.id,
        action: 'CREATE',
        after: { email: 'pruefer@example.com', role: 'COUNCIL', status: 'PENDING' },
      },
    ];
  });

  auditScenario('acceptInvitation', async (ctx) => {
    const account = await anAccount(ctx.t);
    const invitation = await anInvitation(ctx, account.email);
    const person = await signedIn(ctx.t, account);
    await ctx.startHere();
    const { acceptInvitation } = await person.data(`mutation($id: ID!) { acceptInvitation(id: $id) { id } }`, {
      id: invitation.id,
    });
    return [
      { type: 'Membership', id: acceptInvitation.id, action: 'CREATE', after: { userId: account.id, role: 'COUNCIL' } },
      updated('Invitation', invitation.id, { status: 'PENDING' }, { status: 'ACCEPTED', userId: account.id }),
    ];
  });

  auditScenario('acceptInvitationWithNewAccount', async (ctx) => {
    const invitation = await anInvitation(ctx, 'ganz.neu@example.com', 'FUNDER');
    await ctx.startHere();
    await ctx.t
      .anonymous()
      .data(
        `mutation($input: AcceptInvitationWithNewAccountInput!) { acceptInvitationWithNewAccount(input: $input) { user { id } } }`,
        { input: { token: invitation.token, displayName: 'Ganz Neu', password: 'Anfangs-Passwort-2026' } },
      );
    const userId = await ctx.idOf(`SELECT id FROM app_user WHERE email = $1`, ['ganz.neu@example.com']);
    const membershipId = await ctx.idOf(`SELECT id FROM membership WHERE user_id = $1`, [userId]);
    return [
      { type: 'User', id: userId, action: 'CREATE', after: { email: 'ganz.neu@example.com' } },
      { type: 'Membership', id: membershipId, action: 'CREATE', after: { userId, role: 'FUNDER' } },
      { type: 'Invitation', id: invitation.id, action: 'UPDATE', after: { status: 'ACCEPTED', userId } },
    ];
  });

  auditScenario('declineInvitation', async (ctx) => {
    const account = await anAccount(ctx.t);
    const invitation = await anInvitation(ctx, account.email);
    const person = await signedIn(ctx.t, account);
    await ctx.startHere();
    await person.data(`mutation($id: ID!) { declineInvitation(id: $id) { id } }`, { id: invitation.id });
    return [{ type: 'Invitation', id: invitation.id, action: 'UPDATE', after: { status: 'DECLINED' } }];
  });

  /** Revokes or resends an invitation of its own to the address, as the platform administrator. */
  const anInvitationThen = async (ctx: AuditContext, mutation: string, email: string) => {
    const invitation = await anInvitation(ctx, email);
    await ctx.startHere();
    await ctx.platform.data(`mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v) { id } }`, {
      id: invitation.id,
      v: invitation.version,
    });
    return invitation;
  };

  auditScenario('revokeInvitation', async (ctx) => {
    const invitation = await anInvitationThen(ctx, 'revokeInvitation', 'zurueck@example.com');
    return [{ type: 'Invitation', id: invitation.id, action: 'UPDATE', after: { status: 'REVOKED' } }];
  });

  auditScenario('resendInvitation', async (ctx) => {
    const invitation = await anInvitationThen(ctx, 'resendInvitation', 'nochmal@example.com');
    return [
      updated(
        'Invitation',
        invitation.id,
        { version: invitation.version },
        { version: invitation.version + 1, status: 'PENDING' },
      ),
    ];
  });

  auditUpdate('updateMembership', 'Membership', async (ctx) => (await aPersonIn(ctx, 'COUNCIL')).membership, {
    role: ['COUNCIL', 'FUNDER'],
  });

  auditScenario('removeMembership', async (ctx) => {
    // the person is responsible for a measure, which loses them
    const { account, membership } = await aPersonIn(ctx, 'COUNCIL');
    const measure = await assign(ctx.t, await aMeasure(ctx.t, world.project), [account.id]);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'removeMembership', membership.id, membership.version);
    return [
      updated('Measure', measure.id, { assigneeIds: [account.id] }, { assigneeIds: [] }),
      { type: 'Membership', id: membership.id, action: 'DELETE', before: { userId: account.id } },
    ];
  });

  auditScenario('changePassword', async ({ t, startHere }) => {
    const member = await aMember(t, world.project, 'COUNCIL');
    await startHere();
    await member.data(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: member.user.password, newPassword: 'Neues-Passwort-2026!' },
    });
    return [updated('User', member.user.id, { passwordChanged: false }, { passwordChanged: true })];
  });

  auditScenario('createApiToken', async ({ t, startHere }) => {
    const admin = await aMember(t, world.project, 'ADMIN');
    await startHere();
    const { createApiToken } = await admin.data(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
      { input: { name: 'Prüfexport' } },
    );
    const id = createApiToken.token.id;
    return [{ type: 'ApiToken', id, action: 'CREATE', after: { name: 'Prüfexport', revokedAt: null } }];
  });

  auditScenario('revokeApiToken', async ({ t, startHere }) => {
    const admin = await aMember(t, world.project, 'ADMIN');
    const { createApiToken } = await admin.data(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
      { input: { name: 'Prüfexport' } },
    );
    const id = createApiToken.token.id;
    await startHere();
    await admin.data(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id });
    return [{ type: 'ApiToken', id, action: 'UPDATE', before: { revokedAt: null } }];
  });

  auditScenario('setUserDisabled', async (ctx) => {
    const { account } = await aPersonIn(ctx, 'COUNCIL');
    await signedIn(ctx.t, account);
    await ctx.startHere();
    const { rows } = await ctx.t.db.query(`SELECT version FROM app_user WHERE id = $1`, [account.id]);
    await ctx.platform.data(`mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }`, {
      input: { userId: account.id, version: rows[0].version, disabled: true },
    });
    return [{ type: 'User', id: account.id, action: 'UPDATE', before: { disabledAt: null } }];
  });

  auditScenario('sendPasswordReset', async (ctx) => {
    const account = await anAccount(ctx.t);
    await ctx.startHere();
    await ctx.platform.data(`mutation($id: ID!) { sendPasswordReset(userId: $id) }`, { id: account.id });
    const resetId = await ctx.idOf(`SELECT id FROM password_reset WHERE user_id = $1`, [account.id]);
    return [{ type: 'PasswordReset', id: resetId, action: 'CREATE', after: { userId: account.id } }];
  });

  auditScenario('resetPassword', async (ctx) => {
    const account = await anAccount(ctx.t);
    await ctx.platform.data(`mutation($id: ID!) { sendPasswordReset(userId: $id) }`, { id: account.id });
    const { rows } = await ctx.t.db.query(`SELECT body FROM mail_outbox WHERE to_address = $1`, [account.email]);
    const token = /\/passwort-zuruecksetzen\/([A-Za-z0-9_-]+)/.exec(rows[0].body)?.[1];
    const resetId = await ctx.idOf(`SELECT id FROM password_reset WHERE user_id = $1`, [account.id]);
    await ctx.startHere();
    await ctx.t.anonymous().data(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
      input: { token, password: 'Neues-Passwort-2026' },
    });
    return [
      { type: 'PasswordReset', id: resetId, action: 'UPDATE', before: { usedAt: null } },
      { type: 'User', id: account.id, action: 'UPDATE' },
    ];
  });
});
