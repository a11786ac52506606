import { aPlatformAdmin, SignedIn, WORLD_TIMEOUT } from './factories';
import { GraphqlClient } from './graphql-client';
import { startTestApp, TestApp } from './test-app';

/**
 * Audit coverage, split by domain (test/security/audit-coverage/<domain>.integration-spec.ts): each domain file
 * registers a scenario per mutation it covers with `auditScenario('createMeasure', …)`, and
 * audit-coverage/completeness.integration-spec.ts requires every mutation of schema.gql to be covered by one of
 * them or to be named in NOT_AUDITED below with a reason. A scenario builds what it needs, marks the history
 * (`startHere`) and runs one mutation through /graphql; it must then have written exactly the entries it returns (one
 * per record changed, in one transaction), nothing more. audit.integration-spec.ts covers the history in GraphQL,
 * append-only storage and changes that fail halfway; these files cover breadth.
 */

/** Mutations that write no history entry, each with the reason. */
export const NOT_AUDITED: Record<string, string> = {
  signIn: 'starts a session; sign-ins are counted in the sign-in limits, not in the change history',
  signOut: 'ends a session; no record of the plan, funding or accounts changes',
  markNotificationsRead:
    'marks the person’s own notifications read; no record of the plan, funding or accounts changes',
  setReminderEnabled: 'a person’s own choice of reminders (notification_opt_out); no record of the plan changes',
};

export interface Expected {
  type: string;
  id: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  /** Fields the entry's before must have (for UPDATE and DELETE). */
  before?: Record<string, unknown>;
  /** Fields the entry's after must have (for CREATE and UPDATE). */
  after?: Record<string, unknown>;
}

interface AuditRow {
  transaction_id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  measure_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What a scenario works with: the app of its domain file and a platform administrator. */
export interface AuditContext {
  t: TestApp;
  platform: SignedIn;
  /** Entries written before this call (the scenario's set-up) are not the scenario's. */
  startHere(): Promise<void>;
  /** A mutation returning `{ id version }` under its name; its input type is `<Name>Input` unless told. */
  run(client: GraphqlClient, name: string, input: Record<string, unknown>, type?: string): Promise<Versioned>;
  /** An update mutation of `record`, at the version it has, with `changes`. */
  change(client: GraphqlClient, name: string, record: Versioned, changes: Record<string, unknown>): Promise<Versioned>;
  /** A delete mutation by id (and version, where it takes one). */
  remove(client: GraphqlClient, name: string, id: string, version?: number): Promise<string>;
  /** The id of the first row of a query. */
  idOf(sql: string, params: unknown[]): Promise<string>;
}

export interface Versioned {
  id: string;
  version: number;
}

export const sorted = (ids: string[]) => [...ids].sort();

let app: { t: TestApp; platform: SignedIn } | undefined;
let mark = '0';

const lastAuditId = async (t: TestApp): Promise<string> =>
  (await t.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_entry`)).rows[0].id;

const auditSince = async (t: TestApp, id: string): Promise<AuditRow[]> =>
  (
    await t.db.query(
      `SELECT transaction_id::text, entity_type, entity_id, action, measure_id, before, after
         FROM audit_entry WHERE id > $1 ORDER BY id`,
      [id],
    )
  ).rows;

/** The app of the running domain file, for a `beforeAll` inside `describeAuditCoverage` that builds a shared world. */
export function auditApp(): { t: TestApp; platform: SignedIn } {
  if (!app) throw new Error('auditScenario and auditApp belong inside describeAuditCoverage');
  return app;
}

const inputTypeOf = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

function context(): AuditContext {
  const { t, platform } = auditApp();
  const run: AuditContext['run'] = async (client, name, input, type = inputTypeOf(name)) =>
    (await client.data(`mutation($input: ${type}!) { ${name}(input: $input) { id version } }`, { input }))[
      name
    ] as Versioned;
  return {
    t,
    platform,
    startHere: async () => {
      mark = await lastAuditId(t);
    },
    run,
    change: (client, name, { id, version }, changes) => run(client, name, { id, version, ...changes }),
    remove: async (client, name, id, version) =>
      (
        await client.data(
          version === undefined
            ? `mutation($id: ID!) { ${name}(id: $id) }`
            : `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) }`,
          { id, version },
        )
      )[name] as string,
    idOf: async (sql, params) => (await t.db.query(sql, params)).rows[0].id,
  };
}

/** The scenarios of one domain, on a database of their own (empty, migrated) with a platform administrator. */
export function describeAuditCoverage(domain: string, scenarios: () => void): void {
  describe(`audit coverage: ${domain}`, () => {
    beforeAll(async () => {
      const t = await startTestApp({ demo: false });
      app = { t, platform: await aPlatformAdmin(t) };
    }, WORLD_TIMEOUT);
    afterAll(() => app?.t.close());
    scenarios();
  });
}

/**
 * Covers a mutation: the scenario changes what it built itself (nothing another scenario left behind), and returns
 * the entries it must have written. The completeness check finds it by the text `auditScenario('<mutation>'`.
 */
export function auditScenario(mutation: string, scenario: (ctx: AuditContext) => Promise<Expected[]>): void {
  it(`${mutation} writes exactly one entry per record it changed, in its own transaction`, async () => {
    const ctx = context();
    await ctx.startHere();
    const expected = await scenario(ctx);
    const rows = await auditSince(ctx.t, mark);
    const key = (e: { type: string; id: string; action: string }) => `${e.type} ${e.action} ${e.id}`;
    expect(rows.map((r) => key({ type: r.entity_type, id: r.entity_id, action: r.action }))).toEqual(expected.map(key));
    expect(new Set(rows.map((r) => r.transaction_id)).size).toBe(1);
    rows.forEach((row, i) => {
      const want = expected[i];
      if (want.action === 'CREATE') expect(row.before).toBeNull();
      else expect(row.before).toMatchObject(want.before ?? {});
      if (want.action === 'DELETE') expect(row.after).toBeNull();
      else expect(row.after).toMatchObject(want.after ?? {});
      // Entries about a measure or its links are found in the measure's history.
      if (want.type === 'Measure' && want.action === 'UPDATE') expect(row.measure_id).toBe(want.id);
    });
  });
}

/** A mutation that fails (with the given code) writes no entry; set-up before `startHere()` does not count. */
export function auditRefusal(
  what: string,
  refuse: (ctx: AuditContext) => Promise<string | undefined>,
  code: string,
): void {
  it(`a mutation that fails writes no entry: ${what}`, async () => {
    const ctx = context();
    await ctx.startHere();
    expect(await refuse(ctx)).toBe(code);
    expect(await auditSince(ctx.t, mark)).toEqual([]);
  });
}

/**
 * Covers an update mutation of a record that `build` makes (before the scenario's history starts): the platform
 * administrator changes `changes`, which writes the one UPDATE entry of the record, with `before` and `after`.
 */
export function auditUpdate(
  mutation: string,
  type: string,
  build: (ctx: AuditContext) => Promise<Versioned>,
  changes: Record<string, unknown>,
  { before, after }: { before: Record<string, unknown>; after: Record<string, unknown> },
): void {
  auditScenario(mutation, async (ctx) => {
    const record = await build(ctx);
    await ctx.startHere();
    await ctx.change(ctx.platform, mutation, record, changes);
    return [{ type, id: record.id, action: 'UPDATE', before, after }];
  });
}

/** Covers a delete mutation of a record that `build` makes: the one DELETE entry of the record, with `before`. */
export function auditDelete(
  mutation: string,
  type: string,
  build: (ctx: AuditContext) => Promise<Versioned>,
  before: Record<string, unknown>,
): void {
  auditScenario(mutation, async (ctx) => {
    const record = await build(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, mutation, record.id, record.version);
    return [{ type, id: record.id, action: 'DELETE', before }];
  });
}
