import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/** Receives every statement the app sends, with its parameters (used by `npm run bench` in-process). */
export type StatementRecorder = (query: string, parameters: readonly unknown[] | undefined) => void;

/**
 * Counts every SQL statement the app sends. Tests and benchmarks read the difference around a
 * request to prove that list queries are a constant number of statements whatever the page size.
 * The benchmark also records them, to replay the same statements through raw `pg`; the recorder
 * is set only in that process, never from configuration, so statements never reach a log.
 */
export class QueryCounter {
  static total = 0;
  static recorder: StatementRecorder | null = null;

  static readonly logger = new (class extends AbstractLogger {
    override logQuery(query: string, parameters?: unknown[]): void {
      QueryCounter.total += 1;
      QueryCounter.recorder?.(query, parameters);
    }
    protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
      // TypeORM's own chatter is not wanted; failures reach our logs through the errors they raise.
    }
  })();
}
