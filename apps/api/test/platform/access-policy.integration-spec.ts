import { ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY_KEY } from '@masswerk/api/core';
import { startTestApp, TestApp } from '../support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_PROPERTY = 'graphql:resolve_property';
const ROUTE_PATH = 'path';

/** Every operation a client can reach, with the policy it declares (on the method or its class). */
function operations(t: TestApp): { name: string; policy: string | undefined }[] {
  const modules = [...t.app.get(ModulesContainer, { strict: false }).values()];
  const found: { name: string; policy: string | undefined }[] = [];
  for (const wrapper of modules.flatMap((m) => [...m.providers.values(), ...m.controllers.values()])) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type?.prototype) continue;
    const classPolicy = Reflect.getMetadata(ACCESS_POLICY_KEY, type);
    for (const key of Object.getOwnPropertyNames(type.prototype)) {
      if (key === 'constructor') continue;
      const method = Object.getOwnPropertyDescriptor(type.prototype, key)?.value;
      if (typeof method !== 'function') continue;
      const isOperation =
        Reflect.getMetadata(RESOLVER_TYPE, method) ||
        Reflect.getMetadata(RESOLVER_PROPERTY, method) ||
        Reflect.getMetadata(ROUTE_PATH, method) !== undefined;
      if (isOperation)
        found.push({
          name: `${type.name}.${key}`,
          policy: Reflect.getMetadata(ACCESS_POLICY_KEY, method) ?? classPolicy,
        });
    }
  }
  return found;
}

describe('access policies', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ demo: false })));
  afterAll(() => t.close());

  it('are declared by every query, mutation, field resolver and HTTP route', () => {
    const all = operations(t);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((o) => !o.policy).map((o) => o.name)).toEqual([]);
  });

  it('make only sign-in, sign-out, the viewer and health public', () => {
    const publicOps = operations(t)
      .filter((o) => o.policy === 'PUBLIC')
      .map((o) => o.name)
      .sort();
    expect(publicOps).toEqual([
      'AuthResolver.signIn',
      'AuthResolver.signOut',
      'AuthResolver.viewer',
      'HealthController.check',
    ]);
  });

  it('keep account, password and token management to dashboard sessions', () => {
    const sessionOps = operations(t)
      .filter((o) => o.policy === 'SESSION')
      .map((o) => o.name)
      .sort();
    expect(sessionOps).toEqual([
      'ApiTokenResolver.apiTokens',
      'ApiTokenResolver.createApiToken',
      'ApiTokenResolver.revokeApiToken',
      'AuthResolver.changePassword',
      'MembershipResolver.addProjectMember',
    ]);
  });

  it('refuse anonymous callers everywhere else', async () => {
    const anonymous = t.anonymous();
    for (const query of [
      '{ measures { totalCount } }',
      '{ modelProjects { totalCount } }',
      '{ territorialUnits { totalCount } }',
      '{ clusters { totalCount } }',
    ]) {
      expect(await anonymous.errorCode(query)).toBe('UNAUTHENTICATED');
    }
    expect(
      await anonymous.errorCode('mutation { deleteMeasure(id: "00000000-0000-0000-0000-000000000000", version: 1) }'),
    ).toBe('UNAUTHENTICATED');
  });
});
