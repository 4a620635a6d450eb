import { Args, ArgsType, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../common/viewer';
import { UserImportReport } from './user-import.report';
import { UserImportService } from './user-import.service';

/** 10,000 lines of up to ~500 characters each. */
const CSV_MAX_CHARS = 5_000_000;

@ArgsType()
export class ImportUsersArgs {
  @Field({ description: 'Header email,displayName,role,spaces (slugs separated by ;), then up to 10,000 people.' })
  @IsString()
  @MaxLength(CSV_MAX_CHARS, { message: 'is too large: import at most 10,000 people at a time' })
  csv: string;

  @Field({ defaultValue: true, description: 'true (the default): report what would happen and change nothing.' })
  @IsBoolean()
  dryRun: boolean = true;
}

@Resolver()
export class UserImportResolver {
  constructor(private readonly importer: UserImportService) {}

  @Roles('ADMIN')
  @Mutation(() => UserImportReport, {
    description:
      'ADMIN: creates the new people (each mailed a link to choose a password, valid 7 days) and gives existing ones the role and spaces listed (spaces are added, never removed). Every valid line is applied in one transaction.',
  })
  importUsers(@CurrentViewer() viewer: Viewer, @Args() { csv, dryRun }: ImportUsersArgs): Promise<UserImportReport> {
    return this.importer.import(viewer, csv, dryRun);
  }
}
