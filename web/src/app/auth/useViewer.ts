import { useQuery } from '@apollo/client/react';

import { useFragment } from '../../gql';
import { MeQuery, ViewerFragment } from './viewer';

/**
 * The signed-in person from the cached `me` query: `viewer` is null when nobody is signed in
 * (the API link turns `me`'s UNAUTHENTICATED into `me: null`, see `apollo.ts`).
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const viewer = useFragment(ViewerFragment, data?.me ?? null);
  return { viewer, loading: loading && !data, error: data ? undefined : error, refetch };
}

export type Viewer = NonNullable<ReturnType<typeof useViewer>['viewer']>;
