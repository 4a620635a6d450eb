import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';
import type { MonthWindow } from './chartData';

/** Six monthly windows in one request (six aliases, well under the API's alias limit). */
const ResponseTrendQuery = graphql(`
  query ResponseTrend(
    $spaceId: ID
    $from0: DateTime
    $to0: DateTime
    $from1: DateTime
    $to1: DateTime
    $from2: DateTime
    $to2: DateTime
    $from3: DateTime
    $to3: DateTime
    $from4: DateTime
    $to4: DateTime
    $from5: DateTime
    $to5: DateTime
  ) {
    m0: insights(spaceId: $spaceId, from: $from0, to: $to0) {
      medianHoursToFirstResponse
    }
    m1: insights(spaceId: $spaceId, from: $from1, to: $to1) {
      medianHoursToFirstResponse
    }
    m2: insights(spaceId: $spaceId, from: $from2, to: $to2) {
      medianHoursToFirstResponse
    }
    m3: insights(spaceId: $spaceId, from: $from3, to: $to3) {
      medianHoursToFirstResponse
    }
    m4: insights(spaceId: $spaceId, from: $from4, to: $to4) {
      medianHoursToFirstResponse
    }
    m5: insights(spaceId: $spaceId, from: $from5, to: $to5) {
      medianHoursToFirstResponse
    }
  }
`);

export const TREND_MONTHS = 6;

/** The median hours to a first answer for each of the last six months: one request, whatever the data. */
export function useResponseTrend(spaceId: string | null, windows: readonly MonthWindow[]) {
  const variables: Record<string, string | null> = { spaceId };
  windows.forEach((window, index) => {
    variables[`from${index}`] = window.from;
    variables[`to${index}`] = window.to;
  });
  const result = useQuery(ResponseTrendQuery, { variables, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const data = result.data;
  const medians = data ? [data.m0, data.m1, data.m2, data.m3, data.m4, data.m5].map((month) => month.medianHoursToFirstResponse) : null;
  return { ...result, medians };
}
