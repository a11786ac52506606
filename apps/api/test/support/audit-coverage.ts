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
  remindReportingRound:
    'writes notifications (recorded in the reminder log) asking for outstanding reports; no record changes',
  setReminderEnabled: 'a person’s own choice of reminders (notification_opt_out); no record of the plan changes',
  setMyLanguage: 'a person’s own choice of language (app_user.language); no record of the plan or the account changes',
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

/** The entry of an update of the record `id`, with fields its `before` and `after` must have. */
export const updated = (
  type: string,
  id: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Expected => ({ type, id, action: 'UPDATE', before, after });

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

/** The app of the running domain file (there once its tests run). */
function auditApp(): { t: TestApp; platform: SignedIn } {
  if (!app) throw new Error('auditScenario and auditWorld belong inside describeAuditCoverage');
  return app;
}

/**
 * A world the scenarios of a domain file share, built once on its app (inside `describeAuditCoverage`, before the
 * scenarios run): records no scenario changes. Its properties are there once the tests run.
 */
export function auditWorld<W extends object>(build: (t: TestApp) => Promise<W>): W {
  const world = {} as W;
  beforeAll(async () => {
    Object.assign(world, await build(auditApp().t));
  }, WORLD_TIMEOUT);
  return world;
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

/** What a scenario builds before its history starts (a record, or the input of the mutation). */
type Build<T> = (ctx: AuditContext) => Promise<T>;

/** The record a create mutation makes of the input that `input` builds, for scenarios that change or delete it. */
export const created =
  (mutation: string, input: Build<Record<string, unknown>>): Build<Versioned> =>
  async (ctx) =>
    ctx.run(ctx.platform, mutation, await input(ctx));

/**
 * Covers a create mutation: `input` builds what the new record needs (before the scenario's history starts) and
 * returns the mutation's input; the platform administrator creates the record, which writes its one CREATE entry, with
 * `after` (or what `after` makes of the input).
 */
export function auditCreate(
  mutation: string,
  type: string,
  input: Build<Record<string, unknown>>,
  after: Record<string, unknown> | ((input: Record<string, unknown>) => Record<string, unknown>),
): void {
  auditScenario(mutation, async (ctx) => {
    const values = await input(ctx);
    await ctx.startHere();
    const record = await ctx.run(ctx.platform, mutation, values);
    return [{ type, id: record.id, action: 'CREATE', after: typeof after === 'function' ? after(values) : after }];
  });
}

/**
 * Covers an update mutation of a record that `build` makes (before the scenario's history starts): the platform
 * administrator changes each field of `fields` from its first value to its second, which writes the one UPDATE entry
 * of the record, with the first values in `before` and the second in `after`.
 */
export function auditUpdate(
  mutation: string,
  type: string,
  build: Build<Versioned>,
  fields: Record<string, [before: unknown, after: unknown]>,
): void {
  const before = Object.fromEntries(Object.entries(fields).map(([field, [value]]) => [field, value]));
  const after = Object.fromEntries(Object.entries(fields).map(([field, [, value]]) => [field, value]));
  auditScenario(mutation, async (ctx) => {
    const record = await build(ctx);
    await ctx.startHere();
    await ctx.change(ctx.platform, mutation, record, after);
    return [{ type, id: record.id, action: 'UPDATE', before, after }];
  });
}

/** Covers a delete mutation of a record that `build` makes: the one DELETE entry of the record, with `before`. */
export function auditDelete(
  mutation: string,
  type: string,
  build: Build<Versioned>,
  before: Record<string, unknown>,
): void {
  auditScenario(mutation, async (ctx) => {
    const record = await build(ctx);
    await ctx.startHere();
    await ctx.remove(ctx.platform, mutation, record.id, record.version);
    return [{ type, id: record.id, action: 'DELETE', before }];
  });
}
