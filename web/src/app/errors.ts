import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

import { ERROR_CODES, type ErrorCode } from '@red-chair/domain';

/** What went wrong, in the contract's terms (docs/api.md#errors), plus `NETWORK` when the API was unreachable. */
export type ProblemCode = ErrorCode | 'NETWORK';

export interface Problem {
  code: ProblemCode;
  /** The server's message, written for people; empty when there is none worth showing. */
  message: string;
  /** Input field → message, from BAD_USER_INPUT or CONFLICT `extensions.fields`. */
  fields: Record<string, string>;
  retryAfterSeconds?: number;
}

const KNOWN = new Set<string>(ERROR_CODES);

/** `input.title` and `title` name the same form field; nested paths keep their tail (`filter.spaceId`). */
export function fieldKey(path: string): string {
  return path.replace(/^input\./, '');
}

function readFields(extensions: Record<string, unknown> | undefined): Record<string, string> {
  const raw = extensions?.fields;
  if (!raw || typeof raw !== 'object') return {};
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof message === 'string' && message.trim()) fields[fieldKey(path)] = message;
  }
  return fields;
}

/** Several GraphQL errors become one problem: the first one's code and message, every field message. */
export function problemFromGraphQLErrors(errors: readonly GraphQLFormattedError[]): Problem {
  const first = errors[0];
  const rawCode = first?.extensions?.code;
  const code: ProblemCode = typeof rawCode === 'string' && KNOWN.has(rawCode) ? (rawCode as ErrorCode) : 'INTERNAL_SERVER_ERROR';
  const fields = Object.assign({}, ...errors.map((error) => readFields(error.extensions)));
  const retry = first?.extensions?.retryAfterSeconds;
  return {
    code,
    // Unknown codes (parse or validation failures) are our bug, not the person's: no raw message.
    message: code === 'INTERNAL_SERVER_ERROR' ? '' : (first?.message ?? ''),
    fields,
    ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
  };
}

function errorsInBody(bodyText: string): GraphQLFormattedError[] | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) && body.errors.length ? (body.errors as GraphQLFormattedError[]) : null;
  } catch {
    return null;
  }
}

/**
 * Any error an Apollo operation can reject with → a `Problem` the UI knows how to show.
 * GraphQL errors keep their code; a non-2xx answer that still carries GraphQL errors is read too;
 * a failed fetch (offline, server down) is `NETWORK`; anything else is `INTERNAL_SERVER_ERROR`.
 */
export function toProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return problemFromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    const errors = errorsInBody(error.bodyText);
    if (errors) return problemFromGraphQLErrors(errors);
    return { code: error.statusCode === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR', message: '', fields: {} };
  }
  if (ServerParseError.is(error)) return { code: 'INTERNAL_SERVER_ERROR', message: '', fields: {} };
  if (error && typeof error === 'object' && Array.isArray((error as { errors?: unknown }).errors)) {
    return problemFromGraphQLErrors((error as { errors: GraphQLFormattedError[] }).errors);
  }
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TypeError')) {
    return { code: 'NETWORK', message: '', fields: {} }; // fetch() rejects with a TypeError when offline
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: '', fields: {} };
}

export const hasCode = (error: unknown, code: ProblemCode): boolean => error != null && toProblem(error).code === code;

/**
 * Server field messages are fragments ("must be 5 to 140 characters"): with the field's label they
 * read as a sentence ("Title must be 5 to 140 characters."); whole sentences are kept as they are.
 */
export function sentence(message: string, subject?: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const fragment = /^\p{Ll}/u.test(trimmed);
  const text = fragment && subject ? `${subject} ${trimmed}` : trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
