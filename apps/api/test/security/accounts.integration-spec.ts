import { aMember, anAccount, aPlatformAdmin, aProject } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';

const USERS = `query($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id email displayName disabled version lastSignInAt memberships { role modelProject { code } } }
  }
}`;

interface UsersPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { email: string; displayName: string }[];
}

describe('the accounts list (platform administrators)', () => {
  const app = appPerBlock(async (t) => ({ platform: await aPlatformAdmin(t) }));

  it('lists every account by e-mail address, page by page, with memberships', async () => {
    const project = await aProject(app.t);
    const member = await aMember(app.t, project, 'EDITOR', { email: 'zz-listed-editor@example.com' });
    const total = (await app.t.db.query(`SELECT count(*)::int AS n FROM app_user`)).rows[0].n;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const users: UsersPage = (await app.platform.data<{ users: UsersPage }>(USERS, { first: 2, after })).users;
      expect(users.totalCount).toBe(total);
      seen.push(...users.nodes.map((u) => u.email));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect([...seen].sort()).toEqual(seen);
    const { users } = await app.platform.data(USERS, { search: 'ZZ-LISTED' });
    expect(users.nodes).toEqual([
      expect.objectContaining({
        email: member.user.email,
        disabled: false,
        memberships: [{ role: 'EDITOR', modelProject: { code: project.code } }],
      }),
    ]);
  });

  it('finds by part of the name and treats LIKE wildcards as text', async () => {
    await anAccount(app.t, { name: 'Erika Suchbar' });
    const { users } = await app.platform.data(USERS, { search: 'suchba' });
    expect(users.nodes.map((u: { displayName: string }) => u.displayName)).toEqual(['Erika Suchbar']);
    expect((await app.platform.data(USERS, { search: '%' })).users.totalCount).toBe(0);
  });

  it('is refused to a project administrator (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    const projectAdmin = await aMember(app.t, await aProject(app.t), 'ADMIN');
    expect(await projectAdmin.errorCode(USERS)).toBe('FORBIDDEN');
    expect(await app.t.anonymous().errorCode(USERS)).toBe('UNAUTHENTICATED');
  });

  it('keeps its page size within bounds (BAD_USER_INPUT)', async () => {
    expect(await app.platform.errorCode(USERS, { first: 101 })).toBe('BAD_USER_INPUT');
  });
});
