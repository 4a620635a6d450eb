import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

type Callback = () => void;

/**
 * Runs callbacks once the transaction of `tx` has committed, and drops them if it rolls back; outside
 * a transaction they run at once. Registered on the data source, which tells its subscribers of
 * every commit and rollback.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Callback[]>();

  constructor(db: DataSource) {
    db.subscribers.push(this);
  }

  run(tx: EntityManager, callback: Callback): void {
    const runner = tx.queryRunner;
    if (!runner?.isTransactionActive) {
      callback();
      return;
    }
    const callbacks = this.pending.get(runner) ?? [];
    callbacks.push(callback);
    this.pending.set(runner, callbacks);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const callbacks = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    for (const callback of callbacks ?? []) callback();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.pending.delete(event.queryRunner);
  }
}
