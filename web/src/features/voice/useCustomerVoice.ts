import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const CustomerVoiceQuery = graphql(`
  query CustomerVoice($spaceId: ID, $from: DateTime, $to: DateTime) {
    customerVoice(spaceId: $spaceId, from: $from, to: $to) {
      from
      to
      space {
        id
        name
      }
      counts {
        proposed
        answered
        implemented
        votes
        comments
      }
      newCustomerInitiativeCount
      newCustomerInitiatives {
        id
        ...VoiceIdea_initiative
        orientation
      }
      mostSupportedWithVotes {
        votes
        initiative {
          id
          ...VoiceIdea_initiative
          voteCount
        }
      }
      overdueCount
      overdue {
        id
        ...VoiceIdea_initiative
        responseDueAt
      }
      needingReview {
        id
        ...VoiceIdea_initiative
        ratingAverage
        ratingCount
      }
      implemented {
        id
        ...VoiceIdea_initiative
        implementedAt
        followUpNote
      }
      customerQuotes {
        id
        body
        createdAt
        author {
          id
          displayName
        }
        initiative {
          id
          title
        }
      }
    }
  }
`);

/** MANAGER, ADMIN: the customer voice of one space (or all) over a period; both bounds null: the last 7 days. */
export function useCustomerVoice(variables: { spaceId: string | null; from: string | null; to: string | null }, skip: boolean) {
  return useQuery(CustomerVoiceQuery, { variables, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
