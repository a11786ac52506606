import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows carry their model project: a change invalidates cached reads of that project only. */
const PROJECT_TABLES = [
  'model_project_member',
  'strategy',
  'strategy_version',
  'field_of_action',
  'goal',
  'measure',
  'milestone',
  'status_report',
  'indicator',
  'indicator_value',
  'membership',
  'audit_entry',
  'grant',
  'cost_plan_entry',
  'expenditure',
  'call_off',
  'proof',
];
/** Link tables of a measure: a change invalidates the measure's project. */
const MEASURE_LINK_TABLES = [
  'measure_field_of_action',
  'measure_goal',
  'measure_participating_unit',
  'measure_adopter',
  'measure_assignee',
];
/** Shared data: a change invalidates every cached read. (Sessions and API tokens are never part of a cached read.) */
const GLOBAL_TABLES = ['territorial_unit', 'cluster', 'model_project', 'funding_programme', 'cost_category'];
/** Of an account, what cached reads show; a sign-in (last_sign_in_at) does not invalidate. */
const USER_COLUMNS = 'email, display_name, disabled_at, is_platform_admin';

const EVENTS = [
  { op: 'INSERT', tables: 'NEW TABLE AS changed' },
  { op: 'UPDATE', tables: 'NEW TABLE AS changed' },
  { op: 'DELETE', tables: 'OLD TABLE AS changed' },
] as const;

/**
 * Epochs for the read cache of the GraphQL API (docs/performance.md): counters that triggers raise in the same
 * transaction as every change, per model project or globally. A cached answer is reused only while the epochs it was
 * computed under are unchanged, so invalidation cannot be forgotten by application code, and also covers changes
 * made with plain SQL.
 */
export class ReadCacheEpochs1795273200000 implements MigrationInterface {
  name = 'ReadCacheEpochs1795273200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cache_epoch_global (id smallint PRIMARY KEY CHECK (id = 1), epoch bigint NOT NULL)`);
    await q.query(`INSERT INTO cache_epoch_global VALUES (1, 0)`);
    await q.query(`CREATE TABLE cache_epoch_project (model_project_id uuid PRIMARY KEY, epoch bigint NOT NULL)`);
    await q.query(`
      CREATE FUNCTION bump_project_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO cache_epoch_project (model_project_id, epoch)
          SELECT DISTINCT model_project_id, 1 FROM changed WHERE model_project_id IS NOT NULL
          ORDER BY 1
        ON CONFLICT (model_project_id) DO UPDATE SET epoch = cache_epoch_project.epoch + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION bump_measure_link_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO cache_epoch_project (model_project_id, epoch)
          SELECT DISTINCT m.model_project_id, 1 FROM changed c JOIN measure m ON m.id = c.measure_id
          ORDER BY 1
        ON CONFLICT (model_project_id) DO UPDATE SET epoch = cache_epoch_project.epoch + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION bump_global_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cache_epoch_global SET epoch = epoch + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const [tables, fn] of [
      [PROJECT_TABLES, 'bump_project_epoch'],
      [MEASURE_LINK_TABLES, 'bump_measure_link_epoch'],
    ] as const) {
      for (const table of tables) {
        for (const { op, tables: transition } of EVENTS) {
          await q.query(
            `CREATE TRIGGER cache_epoch_${op.toLowerCase()} AFTER ${op} ON "${table}"
               REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
          );
        }
      }
    }
    for (const table of GLOBAL_TABLES) {
      await q.query(
        `CREATE TRIGGER cache_epoch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION bump_global_epoch()`,
      );
    }
    await q.query(
      `CREATE TRIGGER cache_epoch AFTER INSERT OR UPDATE OF ${USER_COLUMNS} OR DELETE OR TRUNCATE ON app_user
         FOR EACH STATEMENT EXECUTE FUNCTION bump_global_epoch()`,
    );
    // TRUNCATE has no transition table: it empties a project table for every project at once
    for (const table of [...PROJECT_TABLES, ...MEASURE_LINK_TABLES]) {
      await q.query(
        `CREATE TRIGGER cache_epoch_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_global_epoch()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...PROJECT_TABLES, ...MEASURE_LINK_TABLES]) {
      for (const { op } of EVENTS) await q.query(`DROP TRIGGER cache_epoch_${op.toLowerCase()} ON "${table}"`);
      await q.query(`DROP TRIGGER cache_epoch_truncate ON "${table}"`);
    }
    for (const table of [...GLOBAL_TABLES, 'app_user']) await q.query(`DROP TRIGGER cache_epoch ON "${table}"`);
    await q.query(`DROP FUNCTION bump_project_epoch(), bump_measure_link_epoch(), bump_global_epoch()`);
    await q.query(`DROP TABLE cache_epoch_project, cache_epoch_global`);
  }
}
