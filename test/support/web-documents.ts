import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { print, type DocumentNode } from 'graphql';

let documents: Map<string, string> | undefined;

/**
 * A GraphQL document exactly as the web client sends it: codegen writes each one into
 * web/src/gql/graphql.ts as `export const <Name>Document = {…AST…}`, printed back here.
 */
export function webDocument(name: string): string {
  documents ??= new Map(
    [...readFileSync(resolve(__dirname, '../../web/src/gql/graphql.ts'), 'utf8').matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)].map(
      ([, documentName, json]) => [documentName, print(JSON.parse(json) as DocumentNode)],
    ),
  );
  const document = documents.get(name);
  if (!document) throw new Error(`web/src/gql/graphql.ts has no ${name}Document`);
  return document;
}
