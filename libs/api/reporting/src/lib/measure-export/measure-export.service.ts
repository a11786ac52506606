import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { Actor, Permission } from '@masswerk/shared/domain';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService } from '../shared/export-access.service';
import { ReportDatabase } from '../shared/report-database';
import { CSV_BOM, csvRecord } from './csv';
import { MEASURE_COLUMNS, MeasureExportRow, MeasureRecord, toCsvValues, toMeasureRecord } from './measure-record';

/** Every measure of a project with its lists aggregated in the same statement; read through a cursor. */
const MEASURES_SQL = `
  SELECT m.code, m.title, p.name AS "projectName", m.summary, m.status, m.phase, m.flagship, m.published,
         coalesce(m.actual_start, m.planned_start) AS start, coalesce(m.actual_end, m.planned_end) AS "end",
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

    const logger = this.logger;
    const records = async function* () {
      for await (const row of connection.rows<MeasureExportRow>(MEASURES_SQL, [project.id])) {
        yield toMeasureRecord(row, memberCount);
      }
    };
    const body = format === 'csv' ? csvChunks(records()) : jsonChunks(records());
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

async function* jsonChunks(records: AsyncIterable<MeasureRecord>): AsyncGenerator<Buffer> {
  let first = true;
  yield Buffer.from('[', 'utf8');
  for await (const record of records) {
    yield Buffer.from(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`, 'utf8');
    first = false;
  }
  yield Buffer.from(first ? ']\n' : '\n]\n', 'utf8');
}
