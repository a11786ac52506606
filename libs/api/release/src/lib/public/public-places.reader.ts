import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@masswerk/api/core';
import { PublicFieldOfActionSummary, PublicStatusCount } from './public.dto';
import { PublicCluster, PublicMunicipality } from './public-places.dto';
import { publicProjectsWhere } from './public-read.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ARS = /^\d{12}$/;

/** The released measures of project `$1` that municipality `$2` (an ARS) leads or takes part in, counted. */
const MUNICIPALITY_SQL = `
  WITH m AS (
    SELECT mr.content FROM measure_release mr
     WHERE mr.model_project_id = $1
       AND (mr.content->'municipalities' @> jsonb_build_array(jsonb_build_object('ars', $2::text))
            OR mr.content->'leadMunicipality'->>'ars' = $2))
  SELECT (SELECT count(*)::int FROM m) AS "measureCount",
         (SELECT count(*)::int FROM m WHERE m.content->'leadMunicipality'->>'ars' = $2) AS "leadCount",
         coalesce((SELECT json_agg(json_build_object('status', s.status, 'count', s.n) ORDER BY s.status)
                     FROM (SELECT m.content->'status'->>'status' AS status, count(*)::int AS n
                             FROM m WHERE m.content ? 'status' GROUP BY 1) s), '[]') AS "statusCounts",
         coalesce((SELECT json_agg(json_build_object('name', f.name, 'measureCount', f.n, 'averageProgress', f.avg)
                                   ORDER BY f.name)
                     FROM (SELECT fa.name, count(*)::int AS n,
                                  round(avg((m.content->'progress'->>'percent')::numeric))::int AS avg
                             FROM m, jsonb_array_elements_text(m.content->'fieldsOfAction') fa(name)
                            GROUP BY fa.name) f), '[]') AS "fieldsOfAction"`;

/**
 * Reads the public places (issue 16, decision 0072) from released public versions (`measure_release`) and public
 * project facts only, never from the live measure tables; two statements each, however many projects or
 * measures.
 */
@Injectable()
export class PublicPlacesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A cluster by its id; NOT_FOUND when none of its projects publishes (or no such cluster). */
  async cluster(id: string): Promise<PublicCluster> {
    if (!UUID.test(id)) throw DomainError.badInput('id', 'Ein Cluster wird mit seiner ID (UUID) angefragt.');
    const projects = await publicProjectsWhere(this.dataSource, null, id);
    if (!projects.length) throw DomainError.notFound('Öffentlicher Cluster', id);
    const [cluster]: { name: string; description: string }[] = await this.dataSource.query(
      `SELECT name, description FROM cluster WHERE id = $1`,
      [id],
    );
    return { id, name: cluster.name, description: cluster.description, projects };
  }

  /** A member municipality of a project that publishes; NOT_FOUND when the project does not publish or lacks it. */
  async municipality(projectCode: string, ars: string): Promise<PublicMunicipality> {
    if (!ARS.test(ars)) throw DomainError.badInput('ars', 'Der Regionalschlüssel (ARS) hat zwölf Ziffern.');
    const [project] = await publicProjectsWhere(this.dataSource, projectCode, null);
    if (!project) throw DomainError.notFound('Öffentliches Modellprojekt', projectCode);
    const member = project.members.find((m) => m.ars === ars);
    if (!member) throw DomainError.notFound('Mitgliedskommune', ars);
    const [counts]: {
      measureCount: number;
      leadCount: number;
      statusCounts: PublicStatusCount[];
      fieldsOfAction: PublicFieldOfActionSummary[];
    }[] = await this.dataSource.query(MUNICIPALITY_SQL, [project.id, ars]);
    return { name: member.name, ars, project, ...counts };
  }
}
