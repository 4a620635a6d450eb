import { type PipeTransform } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';

import { InvalidInputError, NotFoundError } from '../../common/errors';
import { parseId } from '../../common/ids';

@ArgsType()
export class SpaceLookupArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;
}

/** Exactly one of id and slug (BAD_USER_INPUT), then the id's form: a malformed one is NOT_FOUND. */
export class SpaceLookupPipe implements PipeTransform<SpaceLookupArgs, SpaceLookupArgs> {
  transform(by: SpaceLookupArgs): SpaceLookupArgs {
    if (!by.id === !by.slug) throw new InvalidInputError({ id: 'give either id or slug', slug: 'give either id or slug' });
    return { id: parseId(by.id, () => new NotFoundError('This space')), slug: by.slug };
  }
}
