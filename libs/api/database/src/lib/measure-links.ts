/**
 * The links of a measure kept in join tables, as the migrations create them: one place for the measure library (which
 * reads and writes them), the audit (which records the links a delete takes along) and the access checks (which read
 * the assignees). Decision 0039.
 *
 * `onDelete` is what happens to a link when the record it points to is deleted: fields of action, goals and people
 * take their links along (ON DELETE CASCADE); municipalities cannot be deleted while a measure names them (RESTRICT).
 */
export const MEASURE_LINKS = {
  fieldOfActionIds: { table: 'measure_field_of_action', column: 'field_of_action_id', onDelete: 'CASCADE' },
  goalIds: { table: 'measure_goal', column: 'goal_id', onDelete: 'CASCADE' },
  participatingUnitIds: { table: 'measure_participating_unit', column: 'territorial_unit_id', onDelete: 'RESTRICT' },
  adopterUnitIds: { table: 'measure_adopter', column: 'territorial_unit_id', onDelete: 'RESTRICT' },
  assigneeIds: { table: 'measure_assignee', column: 'user_id', onDelete: 'CASCADE' },
} as const;

export type MeasureLink = keyof typeof MEASURE_LINKS;

/** The links that go with the record they point to (the audit records that a measure lost them). */
export type CascadedLink = {
  [K in MeasureLink]: (typeof MEASURE_LINKS)[K]['onDelete'] extends 'CASCADE' ? K : never;
}[MeasureLink];

/** Every link of one measure, ids sorted. */
export type MeasureLinks = Record<MeasureLink, string[]>;

/** Anything that runs SQL: the data source, or a transaction's entity manager. */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** All links of many measures, one row per link: one statement however many kinds of links a response needs. */
const LINKS_SQL = Object.entries(MEASURE_LINKS)
  .map(
    ([link, { table, column }]) =>
      `SELECT measure_id AS "measureId", '${link}' AS link, ${column}::text AS id FROM ${table} WHERE measure_id = ANY($1::uuid[])`,
  )
  .join('\nUNION ALL\n')
  .concat('\nORDER BY 1, 2, 3');

export function emptyLinks(): MeasureLinks {
  return { fieldOfActionIds: [], goalIds: [], participatingUnitIds: [], adopterUnitIds: [], assigneeIds: [] };
}

/** The links of many measures in one statement, in the order of `measureIds`. */
export async function readLinks(db: Queryable, measureIds: readonly string[]): Promise<MeasureLinks[]> {
  const rows = (await db.query(LINKS_SQL, [measureIds])) as { measureId: string; link: MeasureLink; id: string }[];
  const byMeasure = new Map<string, MeasureLinks>();
  for (const row of rows) {
    let links = byMeasure.get(row.measureId);
    if (!links) byMeasure.set(row.measureId, (links = emptyLinks()));
    links[row.link].push(row.id);
  }
  return measureIds.map((id) => byMeasure.get(id) ?? emptyLinks());
}

/** Replaces the links of the kinds given (a kind left `undefined` stays as it is). */
export async function writeLinks(
  db: Queryable,
  measureId: string,
  links: Partial<Record<MeasureLink, string[] | undefined>>,
): Promise<void> {
  for (const [link, ids] of Object.entries(links) as [MeasureLink, string[] | undefined][]) {
    if (ids === undefined) continue;
    const { table, column } = MEASURE_LINKS[link];
    await db.query(`DELETE FROM ${table} WHERE measure_id = $1`, [measureId]);
    if (ids.length) {
      await db.query(
        `INSERT INTO ${table} (measure_id, ${column}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [measureId, [...new Set(ids)]],
      );
    }
  }
}
