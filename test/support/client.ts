import type { Server } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import request from 'supertest';

export interface GqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; fields?: Record<string, string> } & Record<string, unknown>;
}

export interface GqlResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: GqlError[];
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** Operations without required variables may omit them. */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** A call that had to succeed and did not: `rejects.toHaveErrorCode(code)` reads its errors. */
export class GraphQLCallError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: GqlError[],
  ) {
    super(`${operation} failed: ${JSON.stringify(errors)}`);
  }
}

const operationName = (document: DocumentNode) =>
  document.definitions.map((definition) => ('name' in definition && definition.name?.value) || definition.kind).join(', ');

/** Someone calling the API over HTTP, as a client does: with their session's Bearer token, or anonymous. */
export class TestClient {
  constructor(
    private readonly http: Server,
    readonly token?: string,
    /** Sent with every request: `X-Forwarded-For` to come from another address behind a trusted proxy. */
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The whole answer, errors included. */
  async run<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<GqlResult<TData>> {
    return this.runWithUntypedVariables(document, variables ?? {});
  }

  /** For what the schema must refuse (a value outside an enum): variables a typed client could not send. */
  runWithUntypedVariables<TData>(document: TypedDocumentNode<TData, never>, variables: Record<string, unknown>): Promise<GqlResult<TData>> {
    return this.post<TData>(print(document), variables);
  }

  /** For documents the schema must refuse (bad syntax, unknown fields), which cannot be typed. */
  runUntypedDocument(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<unknown>> {
    return this.post<unknown>(query, variables);
  }

  private async post<TData>(query: string, variables: Record<string, unknown>): Promise<GqlResult<TData>> {
    const call = request(this.http).post('/graphql').set('Content-Type', 'application/json');
    if (this.token) call.set('Authorization', `Bearer ${this.token}`);
    for (const [name, value] of Object.entries(this.headers)) call.set(name, value);
    const response = await call.send({ query, variables });
    return { ...(response.body as Omit<GqlResult<TData>, 'status' | 'headers'>), status: response.status, headers: response.headers };
  }

  /** The data of a call that must succeed; rejects with a GraphQLCallError otherwise. */
  async send<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<TData> {
    const result = await this.run(document, ...variables);
    if (result.errors?.length || !result.data) {
      throw new GraphQLCallError(operationName(document), result.errors ?? [{ message: `no data (HTTP ${result.status})` }]);
    }
    return result.data;
  }
}
