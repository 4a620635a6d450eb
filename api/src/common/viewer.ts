import type { Request } from 'express';

import type { Locale, Role } from '@red-chair/domain';

/** The signed-in person a request acts for. */
export interface Viewer {
  id: string;
  role: Role;
  displayName: string;
  locale: Locale;
  sessionId: string;
  /** Where the request came from, for the audit log; absent outside a request. */
  clientAddress?: string;
}

/** An HTTP request once AuthGuard has resolved its session. */
export type HttpRequestWithViewer = Request & { viewer?: Viewer | null };
