import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { AuthResolver } from '../auth/auth.resolver';
import { AwardGrantsResolver, AwardsResolver, InitiativeAwardsResolver } from '../awards/awards.resolver';
import { ChallengesResolver, InitiativeChallengeResolver } from '../challenges/challenges.resolver';
import { CommentsResolver, InitiativeCommentsResolver } from '../comments/comments.resolver';
import { InsightsResolver } from '../insights/insights.resolver';
import { OutboxResolver } from '../mail/outbox.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { LeaderboardEntryResolver, PeopleResolver } from '../people/people.resolver';
import { RatingsResolver } from '../ratings/ratings.resolver';
import { InitiativesResolver } from '../initiatives/initiatives.resolver';
import { StatusChangeResolver } from '../initiatives/status-change.resolver';
import { SpacesResolver } from '../spaces/spaces.resolver';
import { UsersResolver } from '../users/users.resolver';
import { VotesResolver } from '../votes/votes.resolver';
import { FollowsResolver } from '../follows/follows.resolver';

/** Every resolver the app mounts; `schema.int-spec.ts` checks the running app serves exactly this schema. */
export const RESOLVERS = [
  AuthResolver,
  UsersResolver,
  SpacesResolver,
  InitiativesResolver,
  StatusChangeResolver,
  VotesResolver,
  FollowsResolver,
  CommentsResolver,
  InitiativeCommentsResolver,
  NotificationsResolver,
  AwardsResolver,
  AwardGrantsResolver,
  InitiativeAwardsResolver,
  RatingsResolver,
  ChallengesResolver,
  InitiativeChallengeResolver,
  InsightsResolver,
  PeopleResolver,
  LeaderboardEntryResolver,
  OutboxResolver,
];

/** Prints the code-first schema without a database, for the web app's codegen and for review. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS);
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: print-schema <file>\n');
    process.exit(2);
  }
  buildSchemaSdl()
    .then((sdl) => writeFileSync(target, sdl))
    .catch((error: unknown) => {
      process.stderr.write(`could not print the schema: ${String(error)}\n`);
      process.exit(1);
    });
}
