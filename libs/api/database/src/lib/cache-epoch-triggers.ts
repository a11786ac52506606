/**
 * The read-cache epoch triggers (docs/decisions/0018) of a new table, for migrations: a table created without them
 * would serve stale answers silently, and `schema-drift.integration-spec.ts` fails naming it.
 *
 * - `project`: rows carry `model_project_id`; a change raises that project's epoch (TRUNCATE: every epoch).
 * - `measure-link`: rows carry `measure_id`; a change raises the epoch of the measure's project.
 * - `global`: shared data; a change raises every epoch.
 */
export type EpochScope = 'project' | 'measure-link' | 'global';

export function cacheEpochTriggers(table: string, scope: EpochScope): string[] {
  if (scope === 'global') {
    return [
      `CREATE TRIGGER cache_epoch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_global_epoch()`,
    ];
  }
  const fn = scope === 'project' ? 'bump_project_epoch' : 'bump_measure_link_epoch';
  return [
    ...(['INSERT', 'UPDATE', 'DELETE'] as const).map(
      (op) =>
        `CREATE TRIGGER cache_epoch_${op.toLowerCase()} AFTER ${op} ON "${table}"
           REFERENCING ${op === 'DELETE' ? 'OLD' : 'NEW'} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    ),
    `CREATE TRIGGER cache_epoch_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_global_epoch()`,
  ];
}
