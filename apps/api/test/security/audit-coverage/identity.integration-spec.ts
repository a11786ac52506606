import {
  aMeasure,
  aMember,
  anAccount,
  aMembership,
  aProject,
  assign,
  Project,
  signedIn,
  WORLD_TIMEOUT,
} from '../../support/factories';
import { auditApp, AuditContext, auditScenario, describeAuditCoverage } from '../../support/audit-coverage';

describeAuditCoverage('people and access', () => {
  /** A project the scenarios add people to, built once: each scenario brings its own people. */
  let project: Project;
  beforeAll(async () => {
    project = await aProject(auditApp().t);
  }, WORLD_TIMEOUT);

  /** A new person with the given role in the project (an account of its own and the membership). */
  const aPersonIn = async ({ t }: AuditContext, role: string) => {
    const account = await anAccount(t);
    const membership = await aMembership(t, account, project, role);
    return { account, membership };
  };

  auditScenario('addProjectMember', async ({ platform, run, idOf }) => {
    const m = await run(platform, 'addProjectMember', 'AddProjectMemberInput', {
      modelProjectId: project.id,
      email: 'pruefer@example.com',
      displayName: 'Paula Prüfer',
      initialPassword: 'Anfangs-Passwort-2026',
      role: 'COUNCIL',
    });
    const userId = await idOf(`SELECT user_id AS id FROM membership WHERE id = $1`, [m.id]);
    return [
      { type: 'User', id: userId, action: 'CREATE', after: { email: 'pruefer@example.com' } },
      { type: 'Membership', id: m.id, action: 'CREATE', after: { userId, role: 'COUNCIL' } },
    ];
  });

  auditScenario('updateMembership', async (ctx) => {
    const { membership } = await aPersonIn(ctx, 'COUNCIL');
    await ctx.startHere();
    const m = await ctx.run(ctx.platform, 'updateMembership', 'UpdateMembershipInput', {
      id: membership.id,
      version: membership.version,
      role: 'FUNDER',
    });
    return [{ type: 'Membership', id: m.id, action: 'UPDATE', before: { role: 'COUNCIL' }, after: { role: 'FUNDER' } }];
  });

  auditScenario('removeMembership', async (ctx) => {
    // the person is responsible for a measure, which loses them
    const { account, membership } = await aPersonIn(ctx, 'COUNCIL');
    const measure = await assign(ctx.t, await aMeasure(ctx.t, project), [account.id]);
    await ctx.startHere();
    await ctx.remove(ctx.platform, 'removeMembership', membership.id, membership.version);
    return [
      {
        type: 'Measure',
        id: measure.id,
        action: 'UPDATE',
        before: { assigneeIds: [account.id] },
        after: { assigneeIds: [] },
      },
      { type: 'Membership', id: membership.id, action: 'DELETE', before: { userId: account.id } },
    ];
  });

  auditScenario('changePassword', async ({ t, startHere }) => {
    const member = await aMember(t, project, 'COUNCIL');
    await startHere();
    await member.data(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: member.user.password, newPassword: 'Neues-Passwort-2026!' },
    });
    return [
      {
        type: 'User',
        id: member.user.id,
        action: 'UPDATE',
        before: { passwordChanged: false },
        after: { passwordChanged: true },
      },
    ];
  });

  auditScenario('createApiToken', async ({ t, startHere }) => {
    const admin = await aMember(t, project, 'ADMIN');
    await startHere();
    const { createApiToken } = await admin.data(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
      { input: { name: 'Prüfexport' } },
    );
    const id = createApiToken.token.id;
    return [{ type: 'ApiToken', id, action: 'CREATE', after: { name: 'Prüfexport', revokedAt: null } }];
  });

  auditScenario('revokeApiToken', async ({ t, startHere }) => {
    const admin = await aMember(t, project, 'ADMIN');
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
});
