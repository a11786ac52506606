import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { moneyToString, PublicMeasure as Content } from '@masswerk/shared/domain';
import { containsPattern, DomainError, MAX_PAGE_SIZE } from '@masswerk/api/core';
import type { SqlRunner } from '@masswerk/api/reporting';
import type { PublicChange } from '../dtos/release.dto';
import { publicChangeLog } from '../public-change-log';
import { PublicMeasure, PublicMeasureConnection, PublicMeasureSort, PublicProject } from './public.dto';

/** A project publishes when its page or at least one of its measures is released. */
const PUBLISHING = `(EXISTS (SELECT 1 FROM measure_release mr WHERE mr.model_project_id = p.id)
                  OR EXISTS (SELECT 1 FROM project_release pr WHERE pr.model_project_id = p.id))`;

/**
 * Public facts of the projects that publish (their page or a measure released), with their key figures and their
 * released page; `$1` a project code or null, `$2` a cluster id or null. Read through `publicProjectsWhere`.
 */
const PROJECTS_SQL = `
  SELECT p.id, p.code, p.name, c.name AS "clusterName", c.id AS "clusterId",
         json_build_object('name', lu.name, 'ars', lu.ars) AS lead,
         coalesce((SELECT json_agg(json_build_object('name', u.name, 'ars', u.ars) ORDER BY u.name)
                     FROM model_project_member pm JOIN territorial_unit u ON u.id = pm.territorial_unit_id
                    WHERE pm.model_project_id = p.id), '[]') AS members,
         coalesce(r.count, 0) AS "publishedMeasureCount", greatest(r.last, pg.updated_at) AS "lastReleasedAt",
         r.progress AS "averageProgress", coalesce(pub.noindex, false) AS noindex,
         CASE WHEN pg.id IS NULL THEN NULL ELSE pg.content || jsonb_build_object('releasedAt', pg.updated_at) END
           AS page,
         coalesce((SELECT json_agg(json_build_object('name', f.name, 'measureCount', f.n, 'averageProgress', f.avg)
                                   ORDER BY f.name)
                     FROM (SELECT fa.name, count(*)::int AS n,
                                  round(avg((mr.content->'progress'->>'percent')::numeric))::int AS avg
                             FROM measure_release mr, jsonb_array_elements_text(mr.content->'fieldsOfAction') fa(name)
                            WHERE mr.model_project_id = p.id GROUP BY fa.name) f), '[]') AS "fieldsOfAction",
         coalesce((SELECT json_agg(json_build_object('status', s.status, 'count', s.n) ORDER BY s.status)
                     FROM (SELECT mr.content->'status'->>'status' AS status, count(*)::int AS n
                             FROM measure_release mr
                            WHERE mr.model_project_id = p.id AND mr.content ? 'status'
                            GROUP BY 1) s), '[]') AS "statusCounts"
    FROM model_project p
    LEFT JOIN (SELECT model_project_id, count(*)::int AS count, max(updated_at) AS last,
                      round(avg((content->'progress'->>'percent')::numeric))::int AS progress
                 FROM measure_release GROUP BY model_project_id) r ON r.model_project_id = p.id
    LEFT JOIN project_release pg ON pg.model_project_id = p.id
    JOIN territorial_unit lu ON lu.id = p.lead_unit_id
    LEFT JOIN cluster c ON c.id = p.cluster_id
    LEFT JOIN project_publication pub ON pub.model_project_id = p.id
   WHERE (r.model_project_id IS NOT NULL OR pg.id IS NOT NULL)
     AND ($1::text IS NULL OR p.code = $1) AND ($2::uuid IS NULL OR p.cluster_id = $2)
   ORDER BY p.name`;

const SORTS: Record<PublicMeasureSort, string> = {
  [PublicMeasureSort.CODE]: `mr.content->>'code'`,
  [PublicMeasureSort.TITLE]: `lower(mr.content->>'title'), mr.content->>'code'`,
  [PublicMeasureSort.PROGRESS]: `(mr.content->'progress'->>'percent')::int DESC NULLS LAST, mr.content->>'code'`,
  [PublicMeasureSort.RECENT]: `mr.updated_at DESC, mr.content->>'code'`,
};

export interface PublicMeasureFilter {
  fieldOfAction?: string | null;
  /** Amtlicher Regionalschlüssel of a municipality the measure involves or is led by. */
  municipality?: string | null;
  status?: string | null;
  search?: string | null;
  sort: PublicMeasureSort;
  first: number;
  offset: number;
}

/**
 * What anonymous visitors read (issue 16, decision 0071): the released public versions (`measure_release`) and public
 * facts of the projects that publish, nothing else; never the live measure tables.
 */
@Injectable()
export class PublicReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async projects(): Promise<PublicProject[]> {
    return publicProjectsWhere(this.dataSource, null, null);
  }

  async project(code: string): Promise<PublicProject> {
    const [project] = await publicProjectsWhere(this.dataSource, code, null);
    if (!project) throw DomainError.notFound('Öffentliches Modellprojekt', code);
    return project;
  }

  async measures(projectCode: string, filter: PublicMeasureFilter): Promise<PublicMeasureConnection> {
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > MAX_PAGE_SIZE)
      throw DomainError.badInput('first', `Zwischen 1 und ${MAX_PAGE_SIZE} Maßnahmen je Seite abfragen.`);
    if (!Number.isInteger(filter.offset) || filter.offset < 0 || filter.offset > 100_000)
      throw DomainError.badInput('offset', 'Der Versatz ist eine ganze Zahl ab 0.');
    if (filter.search && filter.search.length > 200) throw DomainError.badInput('search', 'Höchstens 200 Zeichen.');
    // by the project's id, so that PostgreSQL plans for this project's size and reads a page in code order by index
    const projectId = await this.requirePublishing(projectCode);
    const params = [
      projectId,
      filter.fieldOfAction ?? null,
      filter.municipality ?? null,
      filter.status ?? null,
      filter.search ? containsPattern(filter.search) : null,
    ];
    const where = `
      FROM measure_release mr
     WHERE mr.model_project_id = $1
       AND ($2::text IS NULL OR mr.content->'fieldsOfAction' ? $2)
       AND ($3::text IS NULL OR mr.content->'municipalities' @> jsonb_build_array(jsonb_build_object('ars', $3::text))
            OR mr.content->'leadMunicipality'->>'ars' = $3)
       AND ($4::text IS NULL OR mr.content->'status'->>'status' = $4)
       AND ($5::text IS NULL OR mr.content->>'title' ILIKE $5 OR mr.content->>'code' ILIKE $5
            OR mr.content->'texts'->>'summary' ILIKE $5)`;
    // the page with the count beside each row (computed once): one statement, unless the page is empty
    const rows: { content: Content; releasedAt: Date; count: number }[] = await this.dataSource.query(
      `SELECT mr.content, mr.updated_at AS "releasedAt", (SELECT count(*)::int ${where}) AS count ${where}
        ORDER BY ${SORTS[filter.sort]} LIMIT $6 OFFSET $7`,
      [...params, filter.first, filter.offset],
    );
    const count = rows.length
      ? rows[0].count
      : (await this.dataSource.query(`SELECT count(*)::int AS count ${where}`, params))[0].count;
    return { totalCount: count, nodes: rows.map((r) => toPublic(projectCode, r.content, r.releasedAt)) };
  }

  /** The id of a project that publishes (its page or a measure released); NOT_FOUND otherwise. */
  private async requirePublishing(code: string): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM model_project p WHERE p.code = $1 AND ${PUBLISHING}`,
      [code],
    );
    if (!row) throw DomainError.notFound('Öffentliches Modellprojekt', code);
    return row.id;
  }

  async measure(projectCode: string, code: string): Promise<PublicMeasure> {
    const [row]: { content: Content; releasedAt: Date }[] = await this.dataSource.query(
      `SELECT mr.content, mr.updated_at AS "releasedAt"
         FROM measure_release mr JOIN model_project p ON p.id = mr.model_project_id
        WHERE p.code = $1 AND mr.content->>'code' = $2`,
      [projectCode, code],
    );
    if (!row) throw DomainError.notFound('Öffentliche Maßnahme', code);
    return toPublic(projectCode, row.content, row.releasedAt);
  }

  async changes(projectCode: string, first: number): Promise<PublicChange[]> {
    return publicChangeLog(this.dataSource, await this.requirePublishing(projectCode), first);
  }
}

/** The projects that publish, all or by code or by cluster, with their ids (for the public places). */
export async function publicProjectsWhere(
  db: SqlRunner,
  code: string | null,
  clusterId: string | null,
): Promise<(PublicProject & { id: string })[]> {
  const rows = await db.query<PublicProject & { id: string }>(PROJECTS_SQL, [code, clusterId]);
  // the page's release time comes back from JSON as text
  return rows.map((p) => (p.page ? { ...p, page: { ...p.page, releasedAt: new Date(p.page.releasedAt) } } : p));
}

/** A released version as the public types show it: parts the project keeps internal are null. */
export function toPublic(projectCode: string, c: Content, releasedAt: Date): PublicMeasure {
  return {
    projectCode,
    code: c.code,
    title: c.title,
    responsibleUnit: c.responsibleUnit,
    fieldsOfAction: c.fieldsOfAction,
    leadMunicipality: c.leadMunicipality,
    municipalities: c.municipalities,
    ossRepositoryUrl: c.ossRepositoryUrl,
    ossLicence: c.ossLicence,
    transferability: c.transferability,
    summary: c.texts?.summary ?? null,
    description: c.texts?.description ?? null,
    status: c.status?.status ?? null,
    phase: c.status?.phase ?? null,
    plannedStart: c.status?.plannedStart ?? null,
    plannedEnd: c.status?.plannedEnd ?? null,
    actualStart: c.status?.actualStart ?? null,
    actualEnd: c.status?.actualEnd ?? null,
    progress: c.progress?.percent ?? null,
    progressReason: c.progress?.reason ?? null,
    milestones: c.milestones ?? null,
    // versions released before indicator values were public have none
    indicators: c.indicators?.map((i) => ({ ...i, values: i.values ?? [] })) ?? null,
    plannedTotal: c.money ? moneyToString(BigInt(c.money.plannedCents)) : null,
    spentTotal: c.money ? moneyToString(BigInt(c.money.spentCents)) : null,
    reports: c.reports ?? null,
    releasedAt,
  };
}
