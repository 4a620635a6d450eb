import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const AwardsQuery = graphql(`
  query Awards {
    awards {
      id
      name
      description
    }
  }
`);

/** The catalogue of awards managers grant from (loaded when the grant dialog opens). */
export function useAwards(skip = false) {
  return useQuery(AwardsQuery, { skip });
}
