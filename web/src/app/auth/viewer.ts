import { graphql } from '../../gql';

/** Who is signed in: what the shell (user menu, guards, locale) reads about them. */
export const ViewerFragment = graphql(`
  fragment Viewer_user on User {
    id
    displayName
    email
    role
    locale
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      ...Viewer_user
    }
  }
`);
