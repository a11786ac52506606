import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { ReportConnection } from './report-connection';

/**
 * Where the exports read their rows: the read replica when `DATABASE_READ_URL` is set, else the primary's pool.
 * Exports are the long reads that can move off the primary; the replica may lag by a moment, which a report of the
 * last quarter does not notice. Access checks (`ExportAccessService`) and everything else read from the primary.
 */
@Injectable()
export class ReportDatabase implements OnModuleDestroy {
  private readonly logger = new Logger('ReportDatabase');
  private readonly replica: Pool | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.replica = config.databaseReadUrl
      ? new Pool({
          connectionString: config.databaseReadUrl,
          max: config.dbPoolSize,
          application_name: 'masswerk-reports',
          options: '-c statement_timeout=30000',
        })
      : null;
    // A replica that restarts closes idle connections; without a listener that error would end the process.
    this.replica?.on('error', (error) => this.logger.warn(`read replica: ${error.message}`));
  }

  /** Whether the exports read from a replica. */
  get readsFromReplica(): boolean {
    return this.replica !== null;
  }

  open(options: { snapshot?: boolean } = {}): Promise<ReportConnection> {
    // TypeORM's PostgreSQL driver keeps the primary's pg pool as `master`; its type is not exported.
    const pool = this.replica ?? (this.dataSource.driver as unknown as { master: Pool }).master;
    return ReportConnection.open(pool, options);
  }

  async onModuleDestroy(): Promise<void> {
    await this.replica?.end();
  }
}
