import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 50;
/** The web client's largest document has ~230 tokens; an introspection query ~300. */
export const MAX_TOKENS = 1000;
export const MAX_COST = 20000;

/**
 * Depth, alias and directive floods are refused while the document is validated, before anything runs,
 * by graphql-armor's rules (maintained, and they follow fragments). Refusals are validation errors:
 * GRAPHQL_VALIDATION_FAILED, as docs/api.md#errors allows. Introspection fields (`__schema`) do not count.
 */
/**
 * The rules throw by default; reported instead, all of a document's errors are returned together, in
 * our words (the library calls every refusal a "Syntax Error", though the document is well formed).
 */
const refuseAs = (describe: (found: string) => string) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(describe(/found (\d+)/.exec(error.message)?.[1] ?? 'too many'))),
  ],
});

export const limitRules = [
  maxDepthRule({
    n: MAX_DEPTH,
    ignoreIntrospection: true,
    flattenFragments: true,
    ...refuseAs((found) => `This query is nested ${found} levels deep; the limit is ${MAX_DEPTH}.`),
  }),
  maxAliasesRule({ n: MAX_ALIASES, ...refuseAs((found) => `This query uses ${found} aliases; the limit is ${MAX_ALIASES}.`) }),
  maxDirectivesRule({ n: MAX_DIRECTIVES, ...refuseAs((found) => `This query uses ${found} directives; the limit is ${MAX_DIRECTIVES}.`) }),
];

/**
 * Token floods are stopped by the parser itself: graphql-js 16 counts tokens as it lexes (the limit
 * graphql-armor's max-tokens plugin adds to parsers that lack it), so a huge document is abandoned
 * early and parsed once, inside Apollo's document cache. The refusal is GRAPHQL_PARSE_FAILED.
 */
export const limitParseOptions = { maxTokens: MAX_TOKENS } as const;

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
