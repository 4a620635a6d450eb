import { useQuery } from '@apollo/client/react';

import type { Role } from '@red-chair/domain';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

export const AdminPersonFragment = graphql(`
  fragment AdminPerson_user on User {
    id
    displayName
    email
    role
    createdAt
    deactivatedAt
  }
`);

const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $role: Role, $first: Int!, $after: String) {
    users(search: $search, role: $role, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...AdminPerson_user
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const PEOPLE_PAGE = 25;

/**
 * The directory, narrowed by a search and a role, one page at a time ("Load more"). `skip`: not asked
 * yet (a picker before anything is typed, or someone the console refuses).
 */
export function useAdminUsers(search: string, role: Role | null, { first = PEOPLE_PAGE, skip = false } = {}) {
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AdminUsersQuery, {
    variables: { search: search || null, role, first },
    skip,
  });
  // While a new search loads, the previous rows stay (no flash of an empty table).
  const users = (data ?? previousData)?.users;
  const paged = usePagedQuery(users, fetchMore, 'tbody th a');
  return { users, loading: loading && !users, searching: loading, error: users ? undefined : error, refetch, ...paged };
}
