import { MigrationInterface, QueryRunner } from 'typeorm';
import { cacheEpochTriggers } from '../cache-epoch-triggers';

/**
 * Documents attached to measures, status reports, expenditures (the receipt, Beleg), call-offs and proofs (issue 14,
 * decision 0064), kept in PostgreSQL: `document` holds what is known of a file, `document_chunk` its content in
 * pieces of 256 KiB, so that uploads and downloads stream in bounded memory and backups hold everything.
 *
 * The owner is one of five foreign keys, each ON DELETE CASCADE, so a document goes with its record; `owner_type`
 * says which, and a CHECK keeps the two in step. Documents of a status report or an expenditure also name the
 * measure (their history stands in the measure's). Chunks reference their document DEFERRABLE: an upload writes its
 * chunks as they arrive and the document row last, in one transaction, so a refused or broken upload leaves nothing.
 */
export class Documents1796720000000 implements MigrationInterface {
  name = 'Documents1796720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        owner_type text NOT NULL CHECK (owner_type IN ('MEASURE','STATUS_REPORT','EXPENDITURE','CALL_OFF','PROOF')),
        measure_id uuid REFERENCES measure(id) ON DELETE CASCADE,
        status_report_id uuid REFERENCES status_report(id) ON DELETE CASCADE,
        expenditure_id uuid REFERENCES expenditure(id) ON DELETE CASCADE,
        call_off_id uuid REFERENCES call_off(id) ON DELETE CASCADE,
        proof_id uuid REFERENCES proof(id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 200),
        media_type text NOT NULL CHECK (length(media_type) BETWEEN 3 AND 200),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        chunk_count integer NOT NULL CHECK (chunk_count > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE owner_type
          WHEN 'MEASURE' THEN measure_id IS NOT NULL
                          AND num_nonnulls(status_report_id, expenditure_id, call_off_id, proof_id) = 0
          WHEN 'STATUS_REPORT' THEN measure_id IS NOT NULL AND status_report_id IS NOT NULL
                          AND num_nonnulls(expenditure_id, call_off_id, proof_id) = 0
          WHEN 'EXPENDITURE' THEN measure_id IS NOT NULL AND expenditure_id IS NOT NULL
                          AND num_nonnulls(status_report_id, call_off_id, proof_id) = 0
          WHEN 'CALL_OFF' THEN call_off_id IS NOT NULL
                          AND num_nonnulls(measure_id, status_report_id, expenditure_id, proof_id) = 0
          WHEN 'PROOF' THEN proof_id IS NOT NULL
                          AND num_nonnulls(measure_id, status_report_id, expenditure_id, call_off_id) = 0
        END)
      )`);
    await q.query(`CREATE INDEX document_project_idx ON document (model_project_id, uploaded_at)`);
    for (const column of ['measure_id', 'status_report_id', 'expenditure_id', 'call_off_id', 'proof_id'])
      await q.query(
        `CREATE INDEX document_${column.replace(/_id$/, '')}_idx ON document (${column}) WHERE ${column} IS NOT NULL`,
      );
    await q.query(`
      CREATE TABLE document_chunk (
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        seq integer NOT NULL CHECK (seq >= 0),
        data bytea NOT NULL CHECK (length(data) BETWEEN 1 AND 262144),
        PRIMARY KEY (document_id, seq)
      )`);
    // PDFs, images and office files are compressed already: store them out of line without trying again.
    await q.query(`ALTER TABLE document_chunk ALTER COLUMN data SET STORAGE EXTERNAL`);
    for (const sql of cacheEpochTriggers('document', 'project')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_chunk`);
    await q.query(`DROP TABLE document`);
  }
}
