/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n": typeof types.FanOutNotificationDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n": typeof types.InitiativeUpdatedDocument,
    "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": typeof types.VoteInitiativeDocument,
    "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ChangeInitiativeStatusDocument,
};
const documents: Documents = {
    "\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n": types.FanOutNotificationDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n": types.InitiativeUpdatedDocument,
    "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": types.VoteInitiativeDocument,
    "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.ChangeInitiativeStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n"): (typeof documents)["\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"): (typeof documents)["\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;