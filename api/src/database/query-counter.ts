import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement the app sends. Tests and benchmarks read the difference around a
 * request to prove that list queries are a constant number of statements whatever the page size.
 */
export class QueryCounter {
  static total = 0;

  static readonly logger = new (class extends AbstractLogger {
    override logQuery(): void {
      QueryCounter.total += 1;
    }
    protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
      // TypeORM's own chatter is not wanted; failures reach our logs through the errors they raise.
    }
  })();
}
