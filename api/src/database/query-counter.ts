import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements run on behalf of one unit of work (an HTTP request, a benchmark step,
 * a test). Tests use it to prove that list queries are a constant number of statements.
 */
export class QueryCounter {
  private static readonly storage = new AsyncLocalStorage<{ count: number }>();

  static run<T>(work: () => T): { result: T; counter: { count: number } } {
    const counter = { count: 0 };
    return { result: this.storage.run(counter, work), counter };
  }

  static enterWith(counter: { count: number }): void {
    this.storage.enterWith(counter);
  }

  static current(): { count: number } | undefined {
    return this.storage.getStore();
  }

  static readonly logger = new (class extends AbstractLogger {
    override logQuery(): void {
      const counter = QueryCounter.storage.getStore();
      if (counter) counter.count += 1;
    }
    protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
      // TypeORM's own chatter is not wanted; errors reach our logs through the exceptions they raise.
    }
  })({ logQuery: true } as never);
}
