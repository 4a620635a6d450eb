import { graphql } from '../../gql';

/** What a challenge's card and page show; every operation that returns a challenge asks for it. */
export const ChallengeFragment = graphql(`
  fragment ChallengeFields on Challenge {
    id
    title
    briefHtml
    opensAt
    closesAt
    state
    initiativeCount
    space {
      id
      name
      slug
    }
  }
`);
