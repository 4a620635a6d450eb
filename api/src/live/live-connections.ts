import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import type { Role } from '@red-chair/domain';

import { SessionsService } from '../auth/sessions.service';
import type { Viewer } from '../common/viewer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/** What a socket needs to be closed: the `ws` socket graphql-ws hands over in `extra`. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;
export const MAX_SOCKETS_PER_PERSON = 5;
/** graphql-ws's own code for a refused connection; the client gives up instead of retrying. */
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_TOO_MANY = 4429;

interface Holder {
  userId: string;
  sessionId: string;
  role: Role;
}

/**
 * The open WebSockets of this instance and whose session each carries. Every `liveSessionCheckMs`
 * one statement checks them all: a socket whose session was signed out, expired or revoked, whose
 * person was deactivated, or whose role changed is closed (4403), so it hears nothing more. Limits: a
 * person holds at most 5 sockets, a socket at most 20 subscriptions.
 */
@Injectable()
export class LiveConnections implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sockets = new Map<ClosableSocket, Holder>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.liveSessionCheckMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /**
   * A browser page of another site may not open a socket that carries our cookie: the Origin must be
   * this server's own (the Host it asked for), PUBLIC_URL's, or one of ALLOWED_ORIGINS. Clients that
   * are not browsers send no Origin and authenticate with a token.
   */
  originAllowed(request: IncomingMessage | undefined): boolean {
    const origin = request?.headers.origin;
    if (!origin) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    if (parsed.host === request?.headers.host) return true;
    return parsed.origin === new URL(this.config.publicUrl).origin || this.config.allowedOrigins.includes(parsed.origin);
  }

  /** Registers the socket of a signed-in person, or refuses a sixth one. */
  admit(socket: ClosableSocket, viewer: Viewer): boolean {
    let held = 0;
    for (const holder of this.sockets.values()) if (holder.userId === viewer.id) held += 1;
    if (held >= MAX_SOCKETS_PER_PERSON) return false;
    this.sockets.set(socket, { userId: viewer.id, sessionId: viewer.sessionId, role: viewer.role });
    return true;
  }

  forget(socket: ClosableSocket): void {
    this.sockets.delete(socket);
  }

  /** Closes every socket whose session no longer stands as it was when it opened. */
  sweep(): Promise<void> {
    if (this.sweeping || this.sockets.size === 0) return this.sweeping ?? Promise.resolve();
    this.sweeping = (async () => {
      // Only the sockets held when the check began: one admitted meanwhile is not in its answer.
      const checked = [...this.sockets];
      const live = await this.sessions.liveRoles([...new Set(checked.map(([, holder]) => holder.sessionId))]);
      for (const [socket, holder] of checked) {
        if (live.get(holder.sessionId) === holder.role || !this.sockets.has(socket)) continue;
        this.sockets.delete(socket);
        socket.close(CLOSE_FORBIDDEN, 'Forbidden');
      }
    })()
      .catch(() => undefined) // the database is away: try again at the next tick
      .finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }
}
