import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLResolveInfo, isObjectType } from 'graphql';
import { Actor } from '@masswerk/shared/domain';
import { ACCESS_POLICY_KEY, DomainError, LoaderRegistry, RequestContext } from '@masswerk/api/core';
import { startTestApp, TestApp } from '../support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_PROPERTY = 'graphql:resolve_property';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROUTE_PATH = 'path';

interface Operation {
  name: string;
  policy: string | undefined;
  /** For GraphQL operations, the schema field it resolves: `Query.measures`, `Measure.history`. */
  field?: string;
}

/** Every operation a client can reach, with the policy it declares (on the method or its class). */
function operations(t: TestApp): Operation[] {
  const modules = [...t.app.get(ModulesContainer, { strict: false }).values()];
  const found: Operation[] = [];
  for (const wrapper of modules.flatMap((m) => [...m.providers.values(), ...m.controllers.values()])) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type?.prototype) continue;
    const classPolicy = Reflect.getMetadata(ACCESS_POLICY_KEY, type);
    for (const key of Object.getOwnPropertyNames(type.prototype)) {
      if (key === 'constructor') continue;
      const method = Object.getOwnPropertyDescriptor(type.prototype, key)?.value;
      if (typeof method !== 'function') continue;
      const root: string | undefined = Reflect.getMetadata(RESOLVER_TYPE, method);
      const property = !!Reflect.getMetadata(RESOLVER_PROPERTY, method);
      const fieldName: string = Reflect.getMetadata(RESOLVER_NAME, method) ?? key;
      const parentType: string | undefined = root ?? (property ? Reflect.getMetadata(RESOLVER_NAME, type) : undefined);
      if (parentType || Reflect.getMetadata(ROUTE_PATH, method) !== undefined)
        found.push({
          name: `${type.name}.${key}`,
          policy: (Reflect.getMetadata(ACCESS_POLICY_KEY, method) ?? classPolicy)?.join('+'),
          field: parentType && `${parentType}.${fieldName}`,
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

  it('make only sign-in, sign-out, the viewer, health, the mailed links, the calendar feed, the installation’s legal links, the public read model and the open data public', () => {
    const publicOps = operations(t)
      .filter((o) => o.policy === 'PUBLIC')
      .map((o) => o.name)
      .sort();
    expect(publicOps).toEqual([
      'AuthResolver.signIn',
      'AuthResolver.signOut',
      'AuthResolver.viewer',
      // the secret in the address is the proof (decision 0058)
      'CalendarController.feed',
      'HealthController.check',
      // imprint, privacy policy and accessibility contact, shown on every page (decision 0067)
      'InstallationResolver.installation',
      'InvitationResolver.acceptInvitationWithNewAccount',
      'InvitationResolver.invitationByToken',
      // the open-data catalogue and its downloads: only what PublicationSource makes public (decision 0069)
      'OpenDataController.catalogJsonLd',
      'OpenDataController.catalogTurtle',
      'OpenDataController.measuresCsv',
      'OpenDataController.measuresJson',
      'PasswordResetResolver.resetPassword',
      // a cluster's and a municipality's page from the same released versions (decision 0072)
      'PublicPlacesResolver.publicCluster',
      'PublicPlacesResolver.publicMunicipality',
      // released public versions only (decision 0071); public-api.integration-spec.ts walks them
      'PublicResolver.publicChangeLog',
      'PublicResolver.publicMeasure',
      'PublicResolver.publicMeasures',
      'PublicResolver.publicProject',
      'PublicResolver.publicProjects',
    ]);
  });

  it('keep account, password and token management to dashboard sessions', () => {
    const sessionOps = operations(t)
      .filter((o) => o.policy?.split('+').includes('SESSION'))
      .map((o) => o.name)
      .sort();
    expect(sessionOps).toEqual([
      'ApiTokenResolver.apiTokens',
      'ApiTokenResolver.createApiToken',
      'ApiTokenResolver.revokeApiToken',
      'AuthResolver.changePassword',
      'CalendarResolver.myCalendarFeed',
      'CalendarResolver.renewCalendarFeed',
      'CalendarResolver.revokeCalendarFeed',
      'InvitationResolver.acceptInvitation',
      'InvitationResolver.declineInvitation',
      'InvitationResolver.inviteProjectMember',
      'InvitationResolver.invitedByName',
      'InvitationResolver.modelProject',
      'InvitationResolver.myInvitations',
      'InvitationResolver.projectInvitations',
      'InvitationResolver.resendInvitation',
      'InvitationResolver.revokeInvitation',
      'InvitationResolver.territorialUnit',
      'MailResolver.mailDelivery',
      'MailResolver.mailOutbox',
      'MembershipResolver.projectMembers',
      'MembershipResolver.removeMembership',
      'MembershipResolver.setUserDisabled',
      'MembershipResolver.updateMembership',
      'PasswordResetResolver.sendPasswordReset',
      'ProjectOpenDataSettingsResolver.updateProjectOpenDataSettings',
      'ProjectReminderSettingsResolver.updateProjectReminderSettings',
      'UserResolver.setMyLanguage',
      'UserResolver.users',
    ]);
  });

  it('are enforced on every query, mutation and field resolver of the real schema, before it runs', async () => {
    // Each resolver as the executable schema holds it, called the way Apollo calls it, for an anonymous caller. The
    // guard must refuse before the resolver reads anything: the parent throws when it is touched. Without
    // `fieldResolverEnhancers: ['guards']` Nest binds field resolvers directly, they run, and this fails.
    const { schema } = t.app.get(GraphQLSchemaHost);
    const resolvers = operations(t).filter((o) => o.field && o.policy !== 'PUBLIC');
    const fieldResolvers = resolvers.filter((o) => !/^(Query|Mutation)\./.test(o.field as string));
    expect(fieldResolvers.length).toBeGreaterThan(40);
    const outcomes: string[] = [];
    for (const { field } of resolvers) {
      const [typeName, fieldName] = (field as string).split('.');
      const parentType = schema.getType(typeName);
      const resolve = isObjectType(parentType) ? parentType.getFields()[fieldName]?.resolve : undefined;
      if (!resolve) {
        outcomes.push(`${field}: not in the schema`);
        continue;
      }
      let touched = false;
      const parent = new Proxy(
        {},
        {
          get: () => {
            touched = true;
            throw new Error(`${field}: the resolver ran`);
          },
        },
      );
      const ctx = {
        actor: Actor.anonymous(),
        loaders: new LoaderRegistry(),
        authMethod: 'none',
        sessionId: null,
      } as unknown as RequestContext;
      const info = { fieldName, parentType } as unknown as GraphQLResolveInfo;
      // Root operations pass through the exception filter, which hands the error back as the value.
      const outcome = await Promise.resolve()
        .then(() => resolve(parent, {}, ctx, info))
        .then(
          (value: unknown) => (value instanceof DomainError ? value.code : 'resolved'),
          (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
        );
      outcomes.push(`${field}: ${touched ? 'ran' : outcome}`);
    }
    expect(outcomes.filter((o) => !o.endsWith(': UNAUTHENTICATED'))).toEqual([]);
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
