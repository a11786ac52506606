import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements sent through TypeORM. Tests use it to prove that a list costs the same number of
 * statements for 5 items as for 100; the benchmark reports it per operation.
 */
export class SqlStatementCounter {
  private static total = 0;
  static get count(): number {
    return SqlStatementCounter.total;
  }
  static increment(): void {
    SqlStatementCounter.total += 1;
  }
}

export class CountingLogger extends AbstractLogger {
  constructor(private readonly logSlowAndErrors: (message: string) => void = () => undefined) {
    super(['query', 'error']);
  }

  override logQuery(): void {
    SqlStatementCounter.increment();
  }

  override logQueryError(error: string | Error, query: string): void {
    this.logSlowAndErrors(`query failed: ${error instanceof Error ? error.message : error} -- ${query.slice(0, 500)}`);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    // queries are counted, not printed
  }
}
