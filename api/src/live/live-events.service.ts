import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';

import { AfterCommit } from '../common/after-commit';

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

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubSub.asyncIterableIterator<T>(topic);
  }

  private later(tx: EntityManager, topic: string, payload: NotificationEvent | InitiativeEvent): void {
    this.afterCommit.run(tx, () => void this.pubSub.publish(topic, payload));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close?.();
  }
}
