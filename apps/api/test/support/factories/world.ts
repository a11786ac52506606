import { hashPassword } from '@masswerk/api/identity';
import { GraphqlClient } from '../graphql-client';
import type { TestApp } from '../test-app';

/**
 * The world a test builds for itself on an empty database (`startTestApp({ demo: false })`): people, territorial
 * units, clusters and model projects. Everything is created through /graphql as a platform administrator, so that
 * the world passes the same checks and writes the same history as the product does; only the accounts are written
 * with SQL (see `anAccount`). Names, codes and addresses are unique per call, so builders never collide.
 */

/**
 * How long a `beforeAll` may take to build a world: on a busy machine an argon2 sign-in takes seconds and a world of a
 * few hundred requests a minute. The scenarios themselves keep the default limit.
 */
export const WORLD_TIMEOUT = 180_000;

/** The password of every account the factories create. */
export const TEST_PASSWORD = 'Test-Passwort-2026';

let counter = 0;
/** A fresh name or code: the prefix and a number no other call in this test file got. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export interface Account {
  id: string;
  email: string;
  displayName: string;
  password: string;
}

/** A client signed in through /graphql, with the account behind it. */
export type SignedIn = GraphqlClient & { user: Account };

/** A member of a project, signed in, with the membership that makes them one. */
export type Member = SignedIn & { membership: { id: string; version: number } };

export interface Unit {
  id: string;
  kind: string;
  name: string;
  ars: string | null;
  ags: string | null;
  version: number;
}

export interface Cluster {
  id: string;
  name: string;
  version: number;
}

export interface Goal {
  id: string;
  code: string;
  title: string;
  version: number;
}

export interface Field {
  id: string;
  code: string;
  name: string;
  version: number;
  goals: Goal[];
}

export interface Project {
  id: string;
  code: string;
  name: string;
  version: number;
  clusterId: string | null;
  /** The Landkreis that leads the project. */
  leadUnit: Unit;
  /** Its member municipalities, in the order asked for. */
  members: Unit[];
  strategy: { id: string; title: string; version: number } | null;
  fields: Field[];
}

let passwordHash: Promise<string> | undefined;

/**
 * An account with the test password, written as the demo seed writes its accounts: one argon2id hash made by the
 * app's own `hashPassword` and shared by every account of the test file (hashing costs about a second on a busy
 * machine; a hash per person would make the suite minutes slower). Accounts that are the subject of a test are
 * created through an accepted invitation or `createPlatformAdmin` instead.
 */
export async function anAccount(
  t: TestApp,
  { name, email, platformAdmin = false }: { name?: string; email?: string; platformAdmin?: boolean } = {},
): Promise<Account> {
  const handle = unique('person');
  const displayName = name ?? `Testperson ${handle.slice('person'.length)}`;
  const address = (email ?? `${handle}@example.com`).toLowerCase();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO app_user (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
    [address, displayName, await passwordHash, platformAdmin],
  );
  return { id: rows[0].id, email: address, displayName, password: TEST_PASSWORD };
}

/** Signs the account in through /graphql. */
export async function signedIn(t: TestApp, account: Account): Promise<SignedIn> {
  return Object.assign(await t.signIn(account.email, account.password), { user: account });
}

/** A platform administrator, signed in. */
export async function aPlatformAdmin(t: TestApp, options: { name?: string; email?: string } = {}): Promise<SignedIn> {
  return signedIn(t, await anAccount(t, { name: 'Plattformbetrieb (Test)', ...options, platformAdmin: true }));
}

const operators = new WeakMap<TestApp, Promise<SignedIn>>();
/** The platform administrator the factories build with: one per test app, created on first use. */
export function operatorOf(t: TestApp): Promise<SignedIn> {
  let operator = operators.get(t);
  if (!operator) {
    operator = aPlatformAdmin(t, { name: 'Testaufbau', email: `${unique('aufbau')}@example.com` });
    operators.set(t, operator);
  }
  return operator;
}

/**
 * Runs the mutation `name` with `input` (of type `<Name>Input`) as the factories' operator, or as `client` when one is
 * given, and returns its answer: the `fields` asked for, `id version` unless told.
 */
export async function asOperator<T = { id: string; version: number }>(
  t: TestApp,
  name: string,
  input: Record<string, unknown>,
  { fields = 'id version', client }: { fields?: string; client?: GraphqlClient } = {},
): Promise<T> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const data = await (client ?? (await operatorOf(t))).data(
    `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`,
    { input },
  );
  return data[name] as T;
}

const UNIT_FIELDS = 'id kind name ars ags version';

/** A territorial unit, created by the platform. Keys (ARS, AGS) only when given. */
export async function aUnit(
  t: TestApp,
  input: { kind: string; name?: string; parentId?: string | null; ars?: string; ags?: string },
): Promise<Unit> {
  return asOperator(
    t,
    'createTerritorialUnit',
    { name: unique(`${input.kind.toLowerCase()} `), ...input },
    {
      fields: UNIT_FIELDS,
    },
  );
}

/** A cluster, created by the platform. */
export async function aCluster(t: TestApp, name = unique('Testcluster ')): Promise<Cluster> {
  return asOperator(t, 'createCluster', { name }, { fields: 'id name version' });
}

export interface ProjectOptions {
  code?: string;
  name?: string;
  cohortYear?: number;
  cluster?: Cluster | null;
  /** The name of the Landkreis that leads it. */
  lead?: string;
  /** Names of its member municipalities (Gemeinden under the lead Landkreis); two by default. */
  municipalities?: string[];
  /** Fields of action with the titles of their goals; two fields with two goals each by default. */
  fields?: { code?: string; name?: string; goals?: string[] }[];
  /** Without a strategy the project can have no fields of action. */
  strategy?: boolean;
  budgetaryEmergency?: boolean;
  phaseA?: Record<string, string | null>;
  phaseB?: Record<string, string | null>;
  office?: Record<string, string>;
}

/**
 * A model project with its lead Landkreis, member municipalities, strategy, fields of action and goals, all created
 * through /graphql by the platform.
 */
export async function aProject(t: TestApp, options: ProjectOptions = {}): Promise<Project> {
  const operator = await operatorOf(t);
  const code = options.code ?? unique('P');
  const lead = await aUnit(t, { kind: 'LANDKREIS', name: options.lead ?? `Landkreis ${code}` });
  const members: Unit[] = [];
  for (const name of options.municipalities ?? [`Gemeinde ${code} Nord`, `Gemeinde ${code} Süd`])
    members.push(await aUnit(t, { kind: 'GEMEINDE', name, parentId: lead.id }));
  const { createModelProject } = await operator.data(
    `mutation($input: CreateModelProjectInput!) { createModelProject(input: $input) { id code name version } }`,
    {
      input: {
        code,
        name: options.name ?? `Modellprojekt ${code}`,
        cohortYear: options.cohortYear ?? 2021,
        leadUnitId: lead.id,
        memberIds: members.map((m) => m.id),
        clusterId: options.cluster?.id ?? null,
        budgetaryEmergency: options.budgetaryEmergency,
        phaseA: options.phaseA,
        phaseB: options.phaseB,
        office: options.office,
      },
    },
  );
  const project: Project = {
    ...createModelProject,
    clusterId: options.cluster?.id ?? null,
    leadUnit: lead,
    members,
    strategy: null,
    fields: [],
  };
  if (options.strategy === false) return project;
  project.strategy = (
    await operator.data(
      `mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id title version } }`,
      { input: { modelProjectId: project.id, title: `Digitalstrategie ${code}` } },
    )
  ).createStrategy;
  const fields = options.fields ?? [
    { name: 'Mobilität', goals: ['Weniger Pendelverkehr', 'Mehr Rufbusse'] },
    { name: 'Verwaltung', goals: ['Alle Dienste online', 'Kürzere Wartezeiten'] },
  ];
  for (const [i, field] of fields.entries()) {
    const { createFieldOfAction } = await operator.data(
      `mutation($input: CreateFieldOfActionInput!) { createFieldOfAction(input: $input) { id code name version } }`,
      {
        input: {
          modelProjectId: project.id,
          code: field.code ?? `HF${i + 1}`,
          name: field.name ?? `Handlungsfeld ${i + 1}`,
          sortOrder: i + 1,
        },
      },
    );
    const goals: Goal[] = [];
    for (const [j, title] of (field.goals ?? []).entries()) {
      const { createGoal } = await operator.data(
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id code title version } }`,
        { input: { fieldOfActionId: createFieldOfAction.id, code: `Z${i + 1}.${j + 1}`, title } },
      );
      goals.push(createGoal);
    }
    project.fields.push({ ...createFieldOfAction, goals });
  }
  return project;
}

/** A cluster with as many new projects in it; options per project. */
export async function aClusterOf(
  t: TestApp,
  projects: ProjectOptions[],
  name?: string,
): Promise<{ cluster: Cluster; projects: Project[] }> {
  const cluster = await aCluster(t, name);
  const built: Project[] = [];
  for (const options of projects) built.push(await aProject(t, { ...options, cluster }));
  return { cluster, projects: built };
}

/**
 * Gives an existing account a role in a project as it happens in the product (decision 0040): the project's
 * operator invites the address, and the person, signed in (`as`, or a sign-in of their own), accepts.
 */
export async function aMembership(
  t: TestApp,
  account: Account,
  project: { id: string },
  role: string,
  { unit, as }: { unit?: { id: string }; as?: GraphqlClient } = {},
): Promise<{ id: string; version: number }> {
  const invitation = await asOperator(t, 'inviteProjectMember', {
    modelProjectId: project.id,
    email: account.email,
    role,
    territorialUnitId: unit?.id,
  });
  const person = as ?? (await signedIn(t, account));
  const { acceptInvitation } = await person.data(`mutation($id: ID!) { acceptInvitation(id: $id) { id version } }`, {
    id: invitation.id,
  });
  return acceptInvitation;
}

/**
 * A new person with a role in the project (for editors, the municipality they answer for), signed in. The
 * membership is made by an invitation the person accepts, as in the product.
 */
export async function aMember(
  t: TestApp,
  project: { id: string },
  role: 'ADMIN' | 'EDITOR' | 'COUNCIL' | 'FUNDER',
  options: { unit?: { id: string }; name?: string; email?: string } = {},
): Promise<Member> {
  const account = await anAccount(t, { name: options.name, email: options.email });
  const person = await signedIn(t, account);
  const membership = await aMembership(t, account, project, role, { ...options, as: person });
  return Object.assign(person, { membership });
}
