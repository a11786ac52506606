import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { SqlStatementCounter } from '@masswerk/api/database';

/**
 * One pooled connection for one export, optionally in a read-only snapshot so that the totals read first and the rows
 * streamed afterwards describe the same state of the database. Large results are read through a server-side cursor
 * (pg-query-stream) in batches: however many rows there are, only one batch is in memory.
 */
export class ReportConnection {
  private closed = false;

  private constructor(
    private readonly client: PoolClient,
    private readonly inTransaction: boolean,
  ) {}

  /** Opens a connection of the pool; `ReportDatabase.open` picks the pool (the primary's or a read replica's). */
  static async open(pool: Pool, { snapshot = false } = {}): Promise<ReportConnection> {
    const connection = new ReportConnection(await pool.connect(), snapshot);
    if (snapshot) {
      try {
        await connection.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      } catch (error) {
        await connection.close(error);
        throw error;
      }
    }
    return connection;
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    SqlStatementCounter.increment();
    return (await this.client.query(sql, params)).rows as T[];
  }

  /** Rows one at a time from a cursor; stopping early (break, return, a thrown error) closes the cursor. */
  async *rows<T>(sql: string, params: unknown[] = [], batchSize = 500): AsyncGenerator<T> {
    SqlStatementCounter.increment();
    const stream = this.client.query(new QueryStream(sql, params, { batchSize, highWaterMark: batchSize }));
    for await (const row of stream) yield row as T;
  }

  /** Ends the snapshot and hands the connection back; after an error the connection is discarded, not reused. */
  async close(error?: unknown): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (error) {
      this.client.release(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    try {
      if (this.inTransaction) await this.client.query('COMMIT');
      this.client.release();
    } catch (commitError) {
      this.client.release(commitError as Error);
    }
  }
}
