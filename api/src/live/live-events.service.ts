import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';

import { AfterCommit } from '../common/after-commit';
import { FanOut, type LoadForViewers } from './fan-out';

/** A notification row just written (its id, and whom to push it to), as INSERT … RETURNING gives it. */
export interface AddedNotification {
  id: string;
  recipient_id: string;
}

export const PUB_SUB = Symbol('PUB_SUB');

export const notificationTopic = (recipientId: string) => `notification:${recipientId}`;
export const initiativeTopic = (initiativeId: string) => `initiative:${initiativeId}`;

export interface NotificationEvent {
  notificationId: string;
}
export interface InitiativeEvent {
  initiativeId: string;
}

/**
 * Live events for subscriptions, published only once the transaction that caused them has
 * committed (a rolled-back vote is never announced). In-process by default; through Redis when
 * REDIS_URL is set, so every API instance serves every subscriber.
 */
@Injectable()
export class LiveEventsService implements OnApplicationShutdown {
  private readonly afterCommit: AfterCommit;
  private readonly listeners: ((topic: string) => void)[] = [];
  private readonly fanOuts: FanOut<never, unknown>[] = [];

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine & { close?: () => Promise<unknown> },
    @InjectDataSource() db: DataSource,
  ) {
    this.afterCommit = new AfterCommit(db);
  }

  notificationsAdded(tx: EntityManager, rows: readonly AddedNotification[]): void {
    for (const row of rows) this.later(tx, notificationTopic(row.recipient_id), { notificationId: row.id });
  }

  initiativeChanged(tx: EntityManager, ...initiativeIds: string[]): void {
    for (const initiativeId of initiativeIds) this.later(tx, initiativeTopic(initiativeId), { initiativeId });
  }

  /**
   * A subscription field's fan-out: one listener per topic, each event loaded once for every viewer
   * subscribed to it (see FanOut). Create it once, in the resolver's constructor.
   */
  fanOut<E, T>(load: LoadForViewers<E, T>): FanOut<E, T> {
    const fanOut = new FanOut<E, T>(this.pubSub, load, (topic) => {
      for (const listener of this.listeners) listener(topic);
    });
    this.fanOuts.push(fanOut as unknown as FanOut<never, unknown>);
    return fanOut;
  }

  /** Subscribers of this instance on `topic`. */
  subscriberCount(topic: string): number {
    return this.fanOuts.reduce((sum, fanOut) => sum + fanOut.subscriberCount(topic), 0);
  }

  /** Calls `listener` each time a subscriber is listening to its topic (tests wait for that before they act). */
  whenListening(listener: (topic: string) => void): void {
    this.listeners.push(listener);
  }

  private later(tx: EntityManager, topic: string, payload: NotificationEvent | InitiativeEvent): void {
    this.afterCommit.run(tx, () => void this.pubSub.publish(topic, payload));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close?.();
  }
}
