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
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.InitiativeCard_InitiativeFragmentDoc,
    "\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    body\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.InitiativeView_InitiativeFragmentDoc,
    "\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n": typeof types.InitiativePageDocument,
    "\n  query InitiativeFeed($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n": typeof types.InitiativeFeedDocument,
    "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n": typeof types.ProposeInitiativeDocument,
    "\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    viewerIsMember\n  }\n": typeof types.SpaceCard_SpaceFragmentDoc,
    "\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n  }\n": typeof types.SpaceHeader_SpaceFragmentDoc,
    "\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      ...SpaceHeader_space\n    }\n  }\n": typeof types.SpaceBySlugDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n": typeof types.SpacesDocument,
};
const documents: Documents = {
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.InitiativeCard_InitiativeFragmentDoc,
    "\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    body\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n": types.InitiativeView_InitiativeFragmentDoc,
    "\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n": types.InitiativePageDocument,
    "\n  query InitiativeFeed($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n": types.InitiativeFeedDocument,
    "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n": types.ProposeInitiativeDocument,
    "\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    viewerIsMember\n  }\n": types.SpaceCard_SpaceFragmentDoc,
    "\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n  }\n": types.SpaceHeader_SpaceFragmentDoc,
    "\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      ...SpaceHeader_space\n    }\n  }\n": types.SpaceBySlugDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n": types.SpacesDocument,
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
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    body\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    body\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n"): (typeof documents)["\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeFeed($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeFeed($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    viewerIsMember\n  }\n"): (typeof documents)["\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    viewerIsMember\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n  }\n"): (typeof documents)["\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      ...SpaceHeader_space\n    }\n  }\n"): (typeof documents)["\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      ...SpaceHeader_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n"): (typeof documents)["\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;