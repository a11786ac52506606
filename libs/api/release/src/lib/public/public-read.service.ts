import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { moneyToString, PublicMeasure as Content } from '@masswerk/shared/domain';
import { containsPattern, DomainError, MAX_PAGE_SIZE } from '@masswerk/api/core';
import type { PublicChange } from '../dtos/release.dto';
import { publicChangeLog } from '../public-change-log';
import { PublicMeasure, PublicMeasureConnection, PublicMeasureSort, PublicProject } from './public.dto';

/** Public facts of the projects that publish (at least one released measure), with their key figures. */
const PROJECTS_SQL = `
  SELECT p.id, p.code, p.name, c.name AS "clusterName",
         json_build_object('name', lu.name, 'ars', lu.ars) AS lead,
         coalesce((SELECT json_agg(json_build_object('name', u.name, 'ars', u.ars) ORDER BY u.name)
                     FROM model_project_member pm JOIN territorial_unit u ON u.id = pm.territorial_unit_id
                    WHERE pm.model_project_id = p.id), '[]') AS members,
         r.count AS "publishedMeasureCount", r.last AS "lastReleasedAt",
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
    JOIN (SELECT model_project_id, count(*)::int AS count, max(updated_at) AS last
            FROM measure_release GROUP BY model_project_id) r ON r.model_project_id = p.id
    JOIN territorial_unit lu ON lu.id = p.lead_unit_id
    LEFT JOIN cluster c ON c.id = p.cluster_id
   WHERE ($1::text IS NULL OR p.code = $1)
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
    return this.dataSource.query(PROJECTS_SQL, [null]);
  }

  async project(code: string): Promise<PublicProject> {
    const [project]: PublicProject[] = await this.dataSource.query(PROJECTS_SQL, [code]);
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

  /** The project's id; NOT_FOUND unless the project publishes: has at least one released measure. */
  private async requirePublishing(code: string): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM model_project p WHERE p.code = $1
          AND EXISTS (SELECT 1 FROM measure_release mr WHERE mr.model_project_id = p.id)`,
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
    const [project]: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM model_project p WHERE p.code = $1
          AND EXISTS (SELECT 1 FROM measure_release mr WHERE mr.model_project_id = p.id)`,
      [projectCode],
    );
    if (!project) throw DomainError.notFound('Öffentliches Modellprojekt', projectCode);
    return publicChangeLog(this.dataSource, project.id, first);
  }
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
    indicators: c.indicators ?? null,
    plannedTotal: c.money ? moneyToString(BigInt(c.money.plannedCents)) : null,
    spentTotal: c.money ? moneyToString(BigInt(c.money.spentCents)) : null,
    releasedAt,
  };
}
