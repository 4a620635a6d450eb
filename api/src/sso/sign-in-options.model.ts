import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The company's identity provider, when single sign-on is configured (DESIGN.md §9)." })
export class SingleSignOn {
  @Field({ description: 'The label of the sign-in button (OIDC_NAME).' })
  name: string;

  @Field({ description: 'Where the button leads: add ?returnTo=<path> to come back to a page after signing in.' })
  loginUrl: string;
}

@ObjectType({ description: 'How people sign in here: what the sign-in page offers.' })
export class SignInOptions {
  @Field(() => SingleSignOn, { nullable: true })
  singleSignOn: SingleSignOn | null;

  @Field({ description: 'False when OIDC_ONLY=1: only the bootstrap administrator still signs in with a password.' })
  passwordSignIn: boolean;
}
