import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Guards against silent drift (issue #11): the TypeORM entities and the migrations describe the same tables and
 * columns, and every table that holds project data raises the read-cache epochs. A table, column or trigger added on
 * one side only fails here, naming it.
 *
 * Constraints, indexes and defaults live in the migrations only (the database enforces them; entities do not repeat
 * them), so the comparison is of tables, columns, nullability and the kind of type.
 */

/** Tables the entities do not map, each with the reason. */
const SQL_ONLY_TABLES: Record<string, string> = {
  schema_migration: 'the migration runner’s own record',
  cache_epoch_global: 'read-cache epochs, written by triggers only',
  cache_epoch_project: 'read-cache epochs, written by triggers only',
  measure_rollup: 'maintained roll-ups, written by triggers only (decision 0076)',
  project_rollup: 'maintained roll-ups, written by triggers only, read with SQL (MaintainedRollups)',
  rollup_state: 'the day the maintained roll-ups are of, written by their rebuild',
  measure_field_of_action: 'link table, written and read with SQL (measure links)',
  measure_goal: 'link table, written and read with SQL (measure links)',
  measure_participating_unit: 'link table, written and read with SQL (measure links)',
  measure_adopter: 'link table, written and read with SQL (measure links)',
  measure_assignee: 'link table, written and read with SQL (measure links)',
  model_project_member: 'link table, written and read with SQL (project members)',
  sign_in_attempt: 'sign-in limits, written and read with SQL (LoginRateLimiter)',
  sign_in_block: 'sign-in limits, written and read with SQL (LoginRateLimiter)',
  notification_opt_out: 'a person’s opt-outs, written and read with SQL (NotificationService)',
  document_chunk: 'the content of documents, streamed in and out with SQL (DocumentStorage)',
};

/** Columns the entities do not map, each with the reason. */
const SQL_ONLY_COLUMNS: Record<string, string> = {
  'measure.search_document': 'generated tsvector for full-text search, read in SQL only',
};

/** Tables that hold no data any cached read shows, so no epoch is raised when they change. */
const NOT_CACHED: Record<string, string> = {
  schema_migration: 'not data',
  cache_epoch_global: 'the epochs themselves',
  cache_epoch_project: 'the epochs themselves',
  measure_rollup: 'derived in the same transaction from measures and milestones, whose change raises the epoch',
  project_rollup: 'derived in the same transaction from measures and milestones, whose change raises the epoch',
  rollup_state: 'the day of the roll-ups; a cached answer is of its day already',
  user_session: 'sessions are never part of a cached read',
  api_token: 'tokens are never part of a cached read',
  mail_outbox: 'the outbox is never part of a cached read',
  password_reset: 'reset links are never part of a cached read',
  sign_in_attempt: 'sign-in limits are never part of a cached read',
  sign_in_block: 'sign-in limits are never part of a cached read',
  calendar_feed: 'calendar feeds are never part of a cached read; the feed itself is computed per request',
  notification: 'a person’s notifications are read uncached (myNotifications), never in a cached read',
  notification_opt_out: 'settings of a person, read uncached',
  project_reminder_settings: 'a project’s reminder settings, read uncached (projectReminderSettings, the round)',
  document_chunk: 'the content of documents is only downloaded, never part of a cached read',
};

/** The kind of a PostgreSQL type, as far as an entity column can say it. */
function kindOfDatabaseType(dataType: string, udtName: string): string {
  if (dataType === 'ARRAY')
    return `array of ${kindOfDatabaseType(udtName.replace(/^_/, ''), udtName.replace(/^_/, ''))}`;
  if (/^(text|character varying|varchar|character|bpchar)$/.test(dataType)) return 'text';
  if (/^(integer|int4|smallint|int2)$/.test(dataType)) return 'integer';
  if (/^(bigint|int8)$/.test(dataType)) return 'bigint';
  if (/^(numeric)$/.test(dataType)) return 'numeric';
  if (/^timestamp/.test(dataType)) return 'timestamp';
  if (/^(jsonb|json)$/.test(dataType)) return 'json';
  return dataType;
}

function kindOfEntityType(type: unknown, isArray: boolean): string {
  const name = typeof type === 'function' ? type.name.toLowerCase() : String(type);
  let kind: string;
  if (/^(string|text|varchar|character varying|char|character)$/.test(name)) kind = 'text';
  else if (/^(int|integer|smallint|int4|int2|number)$/.test(name)) kind = 'integer';
  else if (/^(bigint|int8)$/.test(name)) kind = 'bigint';
  else if (name === 'numeric') kind = 'numeric';
  else if (/^(timestamptz|timestamp|timestamp with time zone|date\b.*time|datetime)$/.test(name)) kind = 'timestamp';
  else if (/^(jsonb|json|simple-json)$/.test(name)) kind = 'json';
  else if (name === 'bool' || name === 'boolean') kind = 'boolean';
  else kind = name;
  return isArray ? `array of ${kind}` : kind;
}

describe('schema guards', () => {
  let t: TestApp;
  let columns: { table: string; column: string; nullable: boolean; kind: string }[];
  let triggers: { table: string; fn: string; events: string }[];

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    const { rows } = await t.db.query(
      `SELECT c.table_name, c.column_name, c.is_nullable = 'YES' AS nullable, c.data_type, c.udt_name
         FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
        WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'`,
    );
    columns = rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      nullable: r.nullable,
      kind: kindOfDatabaseType(r.data_type, r.udt_name),
    }));
    triggers = (
      await t.db.query(
        `SELECT c.relname AS table, p.proname AS fn,
                concat_ws(',', CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' END, CASE WHEN t.tgtype & 8 <> 0 THEN 'DELETE' END,
                               CASE WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' END, CASE WHEN t.tgtype & 32 <> 0 THEN 'TRUNCATE' END) AS events
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
           JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          WHERE NOT t.tgisinternal`,
      )
    ).rows;
  });
  afterAll(() => t.close());

  const tables = () => [...new Set(columns.map((c) => c.table))].sort();

  it('maps every table of the migrations to an entity, or says why not', () => {
    const mapped = new Set(t.app.get(DataSource).entityMetadatas.map((m) => m.tableName));
    expect(tables().filter((table) => !mapped.has(table) && !(table in SQL_ONLY_TABLES))).toEqual([]);
    expect(Object.keys(SQL_ONLY_TABLES).filter((table) => !tables().includes(table))).toEqual([]);
  });

  it('has every column of every entity in its table, with the same nullability and kind of type', () => {
    const problems: string[] = [];
    for (const entity of t.app.get(DataSource).entityMetadatas) {
      for (const column of entity.columns) {
        const actual = columns.find((c) => c.table === entity.tableName && c.column === column.databaseName);
        const name = `${entity.tableName}.${column.databaseName}`;
        if (!actual) {
          problems.push(`${name}: in the entity, not in the database`);
          continue;
        }
        if (actual.nullable !== column.isNullable && !column.isPrimary)
          problems.push(`${name}: nullable ${column.isNullable} in the entity, ${actual.nullable} in the database`);
        const expected = kindOfEntityType(column.type, column.isArray);
        if (expected !== actual.kind && !(expected === 'integer' && actual.kind === 'bigint'))
          problems.push(`${name}: ${expected} in the entity, ${actual.kind} in the database`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('maps every column of a mapped table, or says why not', () => {
    const byTable = new Map(t.app.get(DataSource).entityMetadatas.map((m) => [m.tableName, m]));
    const unmapped = columns
      .filter((c) => byTable.has(c.table))
      .filter((c) => !byTable.get(c.table)?.columns.some((column) => column.databaseName === c.column))
      .map((c) => `${c.table}.${c.column}`)
      .filter((name) => !(name in SQL_ONLY_COLUMNS));
    expect(unmapped).toEqual([]);
  });

  it('raises the read-cache epoch of the project for every change of a table holding model_project_id', () => {
    const problems: string[] = [];
    for (const table of tables()) {
      if (table in NOT_CACHED) continue;
      const has = (column: string) => columns.some((c) => c.table === table && c.column === column);
      const own = triggers.filter((tr) => tr.table === table);
      const covers = (fn: string, event: string) =>
        own.some((tr) => tr.fn === fn && tr.events.split(',').includes(event));
      const scope = has('model_project_id')
        ? 'bump_project_epoch'
        : has('measure_id')
          ? 'bump_measure_link_epoch'
          : null;
      if (scope) {
        for (const event of ['INSERT', 'UPDATE', 'DELETE'])
          if (!covers(scope, event)) problems.push(`${table}: no ${scope} on ${event}`);
        if (!covers('bump_global_epoch', 'TRUNCATE')) problems.push(`${table}: no bump_global_epoch on TRUNCATE`);
      } else {
        for (const event of ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'])
          if (!covers('bump_global_epoch', event)) problems.push(`${table}: no bump_global_epoch on ${event}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
