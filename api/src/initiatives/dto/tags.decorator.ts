import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsString, Length, Matches } from 'class-validator';

import { INITIATIVE_LIMITS as L } from '@red-chair/domain';

import { TrimEach } from '../../common/transforms';

/** The validation of an initiative's tags, shared by proposing and editing. */
export const ValidTags = () =>
  applyDecorators(
    TrimEach(),
    IsArray(),
    ArrayMaxSize(L.tagsMax, { message: `at most ${L.tagsMax} tags` }),
    IsString({ each: true }),
    Length(L.tagMin, L.tagMax, { each: true, message: `each tag must be ${L.tagMin} to ${L.tagMax} characters` }),
    Matches(L.tagPattern, { each: true, message: 'tags hold letters, digits and inner hyphens only' }),
  );
