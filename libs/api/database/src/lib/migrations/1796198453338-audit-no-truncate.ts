import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history is append-only: the row triggers refuse UPDATE and DELETE, but TRUNCATE fires no row triggers and would
 * empty it in one statement. A statement-level trigger refuses that too.
 */
export class AuditNoTruncate1796198453338 implements MigrationInterface {
  name = 'AuditNoTruncate1796198453338';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry`);
  }
}
