import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable, isRefusedData } from '@masswerk/api/core';

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

export type FailureLevel = 'warn' | 'error';

/**
 * Counts statements, and reports failed ones by who must act: data PostgreSQL refused (an invalid UUID, a violated
 * constraint) is the client's problem, which the API answers with BAD_USER_INPUT or CONFLICT — not logged here; a
 * database that cannot be reached is logged at warn without the statement (/health reports the outage); anything else
 * is a fault an operator must look at, logged at error with the statement (its text, never its parameters).
 */
export class CountingLogger extends AbstractLogger {
  constructor(private readonly logFailure: (level: FailureLevel, message: string) => void = () => undefined) {
    super(['query', 'error']);
  }

  override logQuery(): void {
    SqlStatementCounter.increment();
  }

  override logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : error;
    if (isRefusedData(error)) return;
    if (isDatabaseUnavailable(error)) this.logFailure('warn', `database unavailable: ${message}`);
    else this.logFailure('error', `query failed: ${message} -- ${query.slice(0, 500)}`);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    // queries are counted, not printed
  }
}
