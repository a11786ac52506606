import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { Actor, IsoDate, Permission } from '@masswerk/shared/domain';
import { Clock } from '@masswerk/api/core';
import { freshnessSql, healthSql, progressSql } from '@masswerk/api/measure';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService } from '../shared/export-access.service';
import { ReportDatabase } from '../shared/report-database';
import { CSV_BOM, csvRecord } from './csv';
import { MEASURE_COLUMNS, MeasureExportRow, MeasureRecord, toCsvValues, toMeasureRecord } from './measure-record';

/**
 * Every measure of a project with its lists aggregated in the same statement; read through a cursor. Progress, health
 * and freshness by the measure rules in SQL as of the day `$2` (the same rules as the API, checked against each
 * other by a test); money totals over the whole cost plan and every expenditure, as the measure's budget sums them.
 */
export const MEASURES_SQL = `
  SELECT m.code, m.title, p.name AS "projectName", m.summary, m.status, m.phase, m.flagship, m.published,
         m.planned_start AS "plannedStart", m.planned_end AS "plannedEnd",
         m.actual_start AS "actualStart", m.actual_end AS "actualEnd",
         ${progressSql('m')} AS progress, ${healthSql('m', '$2::date')} AS health,
         ${freshnessSql('m', '$2::date')} AS freshness,
         (SELECT coalesce(sum(c.planned_cents), 0) FROM cost_plan_entry c WHERE c.measure_id = m.id)::text AS planned,
         (SELECT coalesce(sum(e.amount_cents), 0) FROM expenditure e WHERE e.measure_id = m.id)::text AS spent,
         m.oss_repository_url AS "ossRepositoryUrl", m.oss_licence AS "ossLicence",
         m.oss_documentation_url AS "ossDocumentationUrl", m.transferability, m.tags,
         m.responsible_unit AS "responsibleUnit", m.contact_name AS "contactName", m.contact_email AS "contactEmail",
         coalesce((SELECT array_agg(f.name ORDER BY f.sort_order, f.name)
                     FROM measure_field_of_action mf JOIN field_of_action f ON f.id = mf.field_of_action_id
                    WHERE mf.measure_id = m.id), '{}') AS "fieldsOfAction",
         coalesce((SELECT array_agg(u.name ORDER BY u.id IS DISTINCT FROM m.lead_unit_id, u.name)
                     FROM territorial_unit u
                    WHERE u.id = m.lead_unit_id
                       OR u.id IN (SELECT pu.territorial_unit_id FROM measure_participating_unit pu WHERE pu.measure_id = m.id)),
                  '{}') AS municipalities,
         (SELECT count(*)::int FROM model_project_member pm
           WHERE pm.model_project_id = m.model_project_id
             AND (pm.territorial_unit_id = m.lead_unit_id
                  OR pm.territorial_unit_id IN (SELECT pu.territorial_unit_id FROM measure_participating_unit pu WHERE pu.measure_id = m.id))
         ) AS "involvedMembers",
         coalesce((SELECT array_agg(u.name ORDER BY u.name)
                     FROM measure_adopter a JOIN territorial_unit u ON u.id = a.territorial_unit_id
                    WHERE a.measure_id = m.id), '{}') AS adopters
    FROM measure m JOIN model_project p ON p.id = m.model_project_id
   WHERE m.model_project_id = $1
   ORDER BY m.code`;

type Format = 'csv' | 'json';

/**
 * The measures of a project for transfer to the KTS measure database (Wissensspeicher), as CSV for German Excel or as
 * JSON. Rows come from a cursor and leave as they are read: the stream pulls the next row only when the client has
 * taken the previous ones.
 */
@Injectable()
export class MeasureExportService {
  private readonly logger = new Logger(MeasureExportService.name);

  constructor(
    private readonly database: ReportDatabase,
    private readonly access: ExportAccessService,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor, code: string, format: Format): Promise<Download> {
    const project = await this.access.project(actor, code, Permission.READ_PROJECT);
    const connection = await this.database.open();
    let memberCount: number;
    try {
      const [row] = await connection.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM model_project_member WHERE model_project_id = $1`,
        [project.id],
      );
      memberCount = row.count;
    } catch (error) {
      await connection.close(error);
      throw error;
    }

    const today: IsoDate = this.clock.today();
    const exportedAt = this.clock.now().toISOString();
    const logger = this.logger;
    const records = async function* () {
      for await (const row of connection.rows<MeasureExportRow>(MEASURES_SQL, [project.id, today])) {
        yield toMeasureRecord(row, memberCount);
      }
    };
    const body =
      format === 'csv'
        ? csvChunks(records())
        : jsonChunks(
            {
              schemaVersion: MEASURE_EXPORT_SCHEMA_VERSION,
              project: { code: project.code, name: project.name },
              exportedAt,
            },
            records(),
          );
    const chunks = async function* () {
      // A download stopped half-way leaves a cursor open: then the connection is discarded rather than reused.
      let failure: unknown = new Error('Download abgebrochen');
      try {
        yield* body;
        failure = undefined;
      } catch (error) {
        failure = error;
        logger.warn(`Maßnahmenexport ${project.code} abgebrochen: ${String(error)}`);
        throw error;
      } finally {
        await connection.close(failure);
      }
    };
    return {
      filename: `Maßnahmen_${project.code}.${format}`,
      contentType: CONTENT_TYPES[format],
      stream: Readable.from(chunks(), { objectMode: false }),
    };
  }
}

async function* csvChunks(records: AsyncIterable<MeasureRecord>): AsyncGenerator<Buffer> {
  yield Buffer.from(CSV_BOM + csvRecord(MEASURE_COLUMNS.map((c) => c.title)), 'utf8');
  for await (const record of records) yield Buffer.from(csvRecord(toCsvValues(record)), 'utf8');
}

/**
 * The version of the JSON's shape. 2: an object with the project, the export time and the measures (1 was a bare
 * array), four dates instead of start and end, progress, health, freshness and money totals.
 */
export const MEASURE_EXPORT_SCHEMA_VERSION = 2;

/** What the JSON says about itself before its measures. */
export interface MeasureExportEnvelope {
  schemaVersion: number;
  project: { code: string; name: string };
  exportedAt: string;
}

/** `{ schemaVersion, project, exportedAt, measures: [...] }`, the measures streamed one per line. */
async function* jsonChunks(
  envelope: MeasureExportEnvelope,
  records: AsyncIterable<MeasureRecord>,
): AsyncGenerator<Buffer> {
  const head = JSON.stringify(envelope);
  // the envelope's fields, then the array of measures as the last field
  yield Buffer.from(`${head.slice(0, -1)},"measures":[`, 'utf8');
  let first = true;
  for await (const record of records) {
    yield Buffer.from(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`, 'utf8');
    first = false;
  }
  yield Buffer.from(first ? ']}\n' : '\n]}\n', 'utf8');
}
