import { GraphQLError, Kind, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';

import { limitParseOptions, limitRules } from './limits';

/** Distinct subscription documents kept parsed: the web app has two; the rest is room for other clients. */
export const SUBSCRIPTION_DOCUMENTS_CACHED = 100;

/**
 * The parser and validator graphql-ws uses for every `subscribe` message. Left to itself it parses each
 * message's document anew and keeps that AST (every token and location) for as long as the subscription
 * lives: some 70 KB per subscription for the web's initiative document, so 3,000 subscriptions filled a
 * 256 MB heap. Here one document per distinct text is parsed and validated once and shared by every
 * subscription that sends it. The limits are those of HTTP (graphql/limits.ts): without them a socket
 * could send the deep, aliased or token-flooded documents HTTP refuses.
 */
export function createSubscriptionDocuments(): {
  parse: (source: string) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
} {
  const parsed = new LRUCache<string, DocumentNode>({ max: SUBSCRIPTION_DOCUMENTS_CACHED });
  // Keyed by the shared document itself: a document evicted above is collected with its verdict.
  const verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const rules = [...specifiedRules, ...limitRules];
  return {
    parse: (source) => {
      const cached = parsed.get(source);
      if (cached) return cached;
      let document: DocumentNode;
      try {
        document = parse(source, limitParseOptions);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        // graphql-ws closes the whole socket (4500) when parsing throws. An empty document carrying the
        // syntax error as its verdict makes it an error for this operation only, coded GRAPHQL_PARSE_FAILED.
        const unparsable: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };
        verdicts.set(unparsable, [error]);
        return unparsable;
      }
      parsed.set(source, document);
      return document;
    },
    validate: (schema, document) => {
      const cached = verdicts.get(document);
      if (cached) return cached;
      const errors = validate(schema, document, rules);
      verdicts.set(document, errors);
      return errors;
    },
  };
}
