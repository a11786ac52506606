import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { createPlatformAdmin } from '@masswerk/api/identity';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * One rule that cannot be forgotten (issue #11, finding 7): every operation on accounts, memberships, roles,
 * invitations and tokens works only in a signed-in dashboard session, never with an API token. The operations are
 * found in the schema by what they are about, not listed here: a new one without the policy fails this test.
 */

const SCHEMA = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

/** What makes an operation one on accounts: its name, what it returns, or the inputs it takes. */
const ACCOUNT_WORDS = /User|Member|Membership|Role|Invitation|Token|Password|Account|Outbox|Mail|Calendar/;

/** Operations that are public by design (they run before there is a session or a token), each with the reason. */
const SESSION_ITSELF: Record<string, string> = {
  signIn: 'starts a session: there is none yet, and tokens are never asked for',
  signOut: 'ends the session it comes with',
  viewer: 'tells a caller who it is (a token’s owner too); changes nothing',
  invitationByToken: 'the mailed link: its secret is the proof, shown before any account exists',
  acceptInvitationWithNewAccount: 'creates the account from the mailed link and starts its session',
  resetPassword: 'the mailed reset link: its secret is the proof, and the person cannot sign in',
};

function inputTypeNames(field: GraphQLField<unknown, unknown>): string[] {
  const seen = new Set<string>();
  const visit = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (seen.has(named.name)) return;
    seen.add(named.name);
    if (isInputObjectType(named)) Object.values(named.getFields()).forEach((f) => visit(f.type));
  };
  field.args.forEach((a) => visit(a.type));
  return [...seen];
}

function accountOperations(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => !(field.name in SESSION_ITSELF))
      .filter((field) =>
        [field.name, getNamedType(field.type).name, ...inputTypeNames(field)].some((name) => ACCOUNT_WORDS.test(name)),
      )
      .map((field) => ({ kind, field })),
  );
}

/** A value GraphQL accepts for the type (so the request reaches the access check), built from the schema. */
function valueFor(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType);
  if (isListType(type)) return [valueFor(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, valueFor(f.type)]),
    );
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'LocalDate':
        return '2030-01-01';
      case 'DateTime':
        return '2030-01-01T00:00:00.000Z';
      case 'Money':
        return '1.00';
      default:
        return 'jemand@example.org';
    }
  }
  throw new Error(`no value for ${String(type)}`);
}

function requestFor(
  kind: string,
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = named instanceof GraphQLObjectType ? ' { __typename }' : '';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])),
  };
}

describe('accounts, memberships, roles, invitations and tokens: in a dashboard session only', () => {
  let t: TestApp;
  let session: GraphqlClient;
  let token: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    await createPlatformAdmin(t.config.databaseUrl ?? '', {
      email: 'betrieb@session.example.org',
      displayName: 'Betrieb',
      password: 'ein-langes-Passwort-2026',
    });
    session = await t.signIn('betrieb@session.example.org', 'ein-langes-Passwort-2026');
    const created = await session.data(`mutation { createApiToken(input: { name: "Skript" }) { secret } }`);
    token = new GraphqlClient(t.baseUrl, { authorization: `Bearer ${created.createApiToken.secret}` });
  });
  afterAll(() => t.close());

  const operations = accountOperations(SCHEMA);

  it('finds the operations on accounts in the schema', () => {
    const names = operations.map((o) => o.field.name);
    // a sample of what must be found; the rest is whatever the schema holds
    expect(names).toEqual(
      expect.arrayContaining([
        'createApiToken',
        'changePassword',
        'updateMembership',
        'removeMembership',
        'setUserDisabled',
      ]),
    );
  });

  it.each(operations.map((o) => [o.field.name, o] as const))(
    '%s refuses an API token, even a platform administrator’s',
    async (_name, { kind, field }) => {
      const { query, variables } = requestFor(kind, field);
      const refused = await token.request(query, variables);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SESSION_ONLY' });
      // nothing comes back: no data at all, or, for a nullable field, null in its place
      expect(refused.data?.[field.name] ?? null).toBeNull();
      // the same request in a session gets past this rule (it may fail on another: an unknown id, a bad value)
      const inSession = await session.request(query, variables);
      expect(inSession.errors?.[0]?.extensions?.['reason']).not.toBe('SESSION_ONLY');
    },
  );
});
