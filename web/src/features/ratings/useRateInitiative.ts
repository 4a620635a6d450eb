import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const RateInitiativeMutation = graphql(`
  mutation RateInitiative($input: RateInput!) {
    rateInitiative(input: $input) {
      id
      ...RatingWidget_initiative
    }
  }
`);

/** Rates (or re-rates) a co-design initiative; the answer brings the new average, count and review flag. */
export function useRateInitiative() {
  return useMutation(RateInitiativeMutation);
}
