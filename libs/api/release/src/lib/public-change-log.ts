import { DomainError } from '@masswerk/api/core';
import type { PublicPagePart, PublicPart } from '@masswerk/shared/domain';
import type { SqlRunner } from '@masswerk/api/reporting';
import type { PublicChange } from './dtos/release.dto';

/** The most lines of a change log one request reads. */
export const CHANGE_LOG_MAX = 200;

/**
 * A project's public change log, newest first: the one reader of `public_change` for its members (Verwaltung) and for
 * anyone (the public site), who see the same lines. BAD_USER_INPUT naming `first` outside 1 to 200.
 */
export async function publicChangeLog(db: SqlRunner, projectId: string, first: number): Promise<PublicChange[]> {
  if (!Number.isInteger(first) || first < 1 || first > CHANGE_LOG_MAX)
    throw DomainError.badInput('first', `Zwischen 1 und ${CHANGE_LOG_MAX} Einträge abfragen.`);
  const rows = await db.query<Omit<PublicChange, 'parts'> & { parts: string[] }>(
    `SELECT c.id, c.subject, c.measure_code AS "measureCode", c.measure_title AS "measureTitle", c.action, c.parts,
            c.created_at AS "createdAt"
       FROM public_change c
      WHERE c.model_project_id = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
    [projectId, first],
  );
  return rows.map((r) => ({ ...r, parts: r.parts as (PublicPart | PublicPagePart)[] }));
}
