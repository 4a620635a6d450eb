import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UserImportError', { description: 'A line of the CSV that was refused, and why.' })
export class UserImportError {
  @Field(() => Int, { description: 'The line in the file, the header being line 1.' })
  line: number;

  @Field()
  message: string;
}

@ObjectType('UserImportReport', { description: 'What an import did, or would do on a dry run.' })
export class UserImportReport {
  @Field(() => Int, { description: 'New accounts, each mailed a link to choose a password.' })
  created: number;

  @Field(() => Int, { description: 'Existing accounts whose role changed or that joined a space.' })
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [UserImportError])
  errors: UserImportError[];
}
