import type { Client } from 'pg';
import { publicSources } from '@masswerk/api/release';
import { IsoDate, PUBLIC_FIELD_GROUPS, PublicFieldGroup, publicMeasure } from '@masswerk/shared/domain';

/** What the national projects make public: everything but money (a project's own choice, decision 0070). */
export const SCALE_PUBLIC_GROUPS: readonly PublicFieldGroup[] = PUBLIC_FIELD_GROUPS.filter(
  (g) => g !== PublicFieldGroup.MONEY,
);

/** Measures whose public versions are built and written at once: the sources of one batch are a few statements. */
const BATCH = 2000;

export interface ReleaseOptions {
  today: IsoDate;
  log: (message: string) => void;
}

/**
 * Every project releases its published measures (decision 0074): the public versions are built by the release
 * service's own functions (`publicSources`, then the pure `publicMeasure` of libs/shared/domain) and written to
 * `measure_release`, one line per measure in the public change log. Replaces whatever was released before, so it can
 * run again on an existing national data set (`npm run scale:generate -- --releases-only`).
 */
export async function releasePublished(client: Client, { today, log }: ReleaseOptions): Promise<number> {
  const started = Date.now();
  const db = { query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[] };
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM public_change');
    await client.query('DELETE FROM measure_release');
    await client.query('DELETE FROM project_publication');
    await client.query(
      `INSERT INTO project_publication (model_project_id, public_groups) SELECT id, $1::text[] FROM model_project`,
      [SCALE_PUBLIC_GROUPS],
    );
    const projects: { id: string; code: string; ids: string[] }[] = (
      await client.query(
        `SELECT p.id, p.code, array_agg(m.id ORDER BY m.code) AS ids
           FROM model_project p JOIN measure m ON m.model_project_id = p.id AND m.published
          GROUP BY p.id, p.code ORDER BY p.code`,
      )
    ).rows;
    let released = 0;
    for (const project of projects) {
      for (let i = 0; i < project.ids.length; i += BATCH) {
        const ids = project.ids.slice(i, i + BATCH);
        const sources = await publicSources(db, project.id, ids, today);
        const rows = ids.map((id) => {
          const source = sources.get(id);
          if (!source) throw new Error(`No public source for measure ${id} of ${project.code}`);
          return { id, content: publicMeasure(source, SCALE_PUBLIC_GROUPS) };
        });
        // released on a working morning within the last quarter, the same on every machine
        await client.query(
          `INSERT INTO measure_release (model_project_id, measure_id, content, created_at, updated_at)
           SELECT $1, r.id, r.content, t.at, t.at
             FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, content jsonb)
             CROSS JOIN LATERAL (
               SELECT (($3::date - (abs(hashtext(r.id::text)) % 90)) + time '10:00') AT TIME ZONE 'Europe/Berlin' AS at
             ) t`,
          [project.id, JSON.stringify(rows), today],
        );
        released += rows.length;
      }
    }
    await client.query(
      `INSERT INTO public_change (model_project_id, measure_code, measure_title, action, created_at)
       SELECT model_project_id, content->>'code', content->>'title', 'RELEASED', updated_at FROM measure_release`,
    );
    await client.query('COMMIT');
    await client.query('ANALYZE measure_release, public_change, project_publication');
    log(`released public versions: ${released} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return released;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
