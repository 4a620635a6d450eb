import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';

let documents: Map<string, DocumentNode> | undefined;

/**
 * A GraphQL document exactly as the web client sends it: codegen writes each one into
 * web/src/gql/graphql.ts as `export const <Name>Document = {…AST…}`. Read at run time rather than
 * imported, so the api's type check does not follow the web's masked fragment types; `TData` is
 * the part of the answer the test reads.
 */
export function webDocument<TData>(name: string): TypedDocumentNode<TData, Record<string, unknown>> {
  documents ??= new Map(
    [
      ...readFileSync(resolve(__dirname, '../../web/src/gql/graphql.ts'), 'utf8').matchAll(
        /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm,
      ),
    ].map(([, documentName, json]) => [documentName, JSON.parse(json) as DocumentNode]),
  );
  const document = documents.get(name);
  if (!document) throw new Error(`web/src/gql/graphql.ts has no ${name}Document`);
  return document;
}
