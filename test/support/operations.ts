import { graphql } from './gql';

/** Operations many int-spec files send; one file's own operations live in that file. */

export const VoteInitiative = graphql(`
  mutation VoteInitiative($initiativeId: ID!) {
    voteInitiative(initiativeId: $initiativeId) {
      id
      voteCount
      viewerHasVoted
    }
  }
`);

export const ChangeInitiativeStatus = graphql(`
  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {
    changeInitiativeStatus(input: $input) {
      id
      status
    }
  }
`);

export const Propose = graphql(`
  mutation Propose($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
    }
  }
`);

export const FollowInitiative = graphql(`
  mutation FollowInitiative($initiativeId: ID!) {
    followInitiative(initiativeId: $initiativeId) {
      id
      followerCount
      viewerIsFollowing
    }
  }
`);

export const PostComment = graphql(`
  mutation PostComment($input: CommentInput!) {
    commentOnInitiative(input: $input) {
      id
    }
  }
`);

export const DeleteComment = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

export const HideComment = graphql(`
  mutation HideComment($id: ID!) {
    hideComment(id: $id) {
      id
      hidden
    }
  }
`);

export const UnhideComment = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      id
      hidden
    }
  }
`);

export const CreateHeroAward = graphql(`
  mutation CreateHeroAward {
    createAward(input: { name: "Customer hero" }) {
      id
    }
  }
`);

export const GrantHeroAward = graphql(`
  mutation GrantHeroAward($input: GrantAwardInput!) {
    grantAward(input: $input) {
      id
    }
  }
`);

export const RevokeAwardGrant = graphql(`
  mutation RevokeAwardGrant($id: ID!, $reason: String!) {
    revokeAwardGrant(id: $id, reason: $reason) {
      id
      revokedAt
      revokeReason
    }
  }
`);

export const WithdrawInitiative = graphql(`
  mutation WithdrawInitiative($id: ID!) {
    withdrawInitiative(id: $id)
  }
`);

/** A page of the feed with whatever filter, sort and cursor a test needs. */
export const FeedPage = graphql(`
  query FeedPage($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {
    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        voteCount
      }
    }
  }
`);
