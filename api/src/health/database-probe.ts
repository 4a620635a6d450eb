import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

const PROBE_TIMEOUT_MS = 1500;

/**
 * Asks PostgreSQL "are you there?" on a connection of its own, outside the pool: a pool busy with a
 * storm of votes does not make a healthy instance look dead to its load balancer, and a database
 * that is down is seen as down within the timeout. Concurrent probes share one query.
 */
@Injectable()
export class DatabaseProbe implements OnApplicationShutdown {
  private client: Client | undefined;
  private inFlight: Promise<boolean> | undefined;
  private readonly url: string | undefined;

  constructor(@InjectDataSource() db: DataSource) {
    this.url = (db.options as PostgresConnectionOptions).url;
  }

  isUp(): Promise<boolean> {
    this.inFlight ??= this.probe().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
    const answer = (async () => {
      const client = await this.connected();
      await client.query('SELECT 1');
      return true;
    })().catch(() => {
      this.drop(); // a broken connection is replaced at the next probe
      return false;
    });
    const up = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    if (!up) this.drop();
    return up;
  }

  private async connected(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({
      connectionString: this.url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      application_name: 'red-chair-health',
    });
    client.on('error', () => this.drop());
    this.client = client;
    await client.connect();
    return client;
  }

  private drop(): void {
    const client = this.client;
    this.client = undefined;
    void client?.end().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
