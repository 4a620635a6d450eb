import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_COST = 20000;

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = selection.name.value.startsWith('__') ? 0 : 1 + depthOf(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue; // cycles are reported by graphql's own rule
      depth = depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name]));
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Refuses documents nested deeper than MAX_DEPTH fields (DESIGN.md §7). */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  const document: DocumentNode = context.getDocument();
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(new GraphQLError(`This query is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.`, { nodes: [operation] }));
      }
    },
  };
}

/** Refuses alias floods: the same field asked for again and again under other names. */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias && ++aliases === MAX_ALIASES + 1) {
        context.reportError(new GraphQLError(`This query uses more than ${MAX_ALIASES} aliases.`, { nodes: [node] }));
      }
    },
  };
}

/**
 * Cost = every field counts 1, lists multiply their children by the page size they ask for
 * (see `complexity` on list fields). Computed once variables are known.
 */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not coerce: execution reports them as BAD_USER_INPUT right after.
            return;
          }
          if (cost > MAX_COST) {
            throw new GraphQLError(`This query is too expensive (cost ${cost}, limit ${MAX_COST}); ask for fewer items.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: MAX_COST },
            });
          }
        },
      };
    },
  };
}

/** For list fields: children cost as many times as the page asks for. */
export const pageComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  1 + childComplexity * Math.max(1, Math.min(args.first ?? 20, 100));
