import { ApolloClient, ApolloLink } from '@apollo/client';
import { of } from 'rxjs';

import { createCache } from '../apollo';
import { replaceSession } from './session';
import { MeQuery } from './viewer';

const camille = {
  __typename: 'User' as const,
  id: 'u1',
  displayName: 'Camille Martin',
  email: 'c@x.test',
  role: 'EMPLOYEE' as const,
  locale: 'en',
};

describe('replaceSession', () => {
  it('tells mounted queries who is signed in now, and forgets the previous session’s data', async () => {
    const client = new ApolloClient({ cache: createCache(), link: new ApolloLink(() => of({ data: { me: null } })) });
    client.writeQuery({ query: MeQuery, data: { me: null } });
    const seen: unknown[] = [];
    const subscription = client
      .watchQuery({ query: MeQuery, fetchPolicy: 'cache-first' })
      .subscribe((result) => seen.push(result.data?.me ?? null));
    await new Promise((resolve) => setTimeout(resolve, 0));

    replaceSession(client, camille);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)).toMatchObject({ id: 'u1', displayName: 'Camille Martin' });

    replaceSession(client, null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)).toBeNull();
    expect(Object.keys(client.cache.extract() as object)).toEqual(['ROOT_QUERY']);
    subscription.unsubscribe();
  });
});
