import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';

/** The path of the first string holding a NUL character in a request's variables, or null. */
export function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') || 'value' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, String(index)]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Documents already read: Apollo hands the same parsed document back for the same text. */
const documentsWithoutNul = new WeakSet<DocumentNode>();

function nulInDocument(document: DocumentNode): string | null {
  if (documentsWithoutNul.has(document)) return null;
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && node.value.includes(NUL)) found = 'query';
    },
  });
  if (!found) documentsWithoutNul.add(document);
  return found;
}

/**
 * One boundary for what no input may hold, whatever the operation: a NUL character (PostgreSQL's text
 * refuses it, so it would fail in SQL as a server error) is BAD_USER_INPUT before anything runs, and a
 * subscription sent over HTTP is told where subscriptions live.
 */
export function inputBoundaryPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const path = nulPath(request.variables ?? {}) ?? nulInDocument(document);
          if (path) {
            throw new GraphQLError('Text may not contain a NUL character.', {
              extensions: { code: 'BAD_USER_INPUT', fields: { [path]: 'must not contain a NUL character' }, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * A body the JSON parser refuses (too large, not JSON) is answered in GraphQL's error shape with a
 * code, like every other refusal, instead of Express's HTML page.
 */
export function bodyErrorsAsGraphql(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'This request is too large.', extensions: { code: 'BAD_USER_INPUT' } }] });
  } else if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  } else if (status && status >= 400 && status < 500) {
    res.status(status).json({ errors: [{ message: 'This request could not be read.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
}
