import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'redChair:isPublic';
/** Marks the few operations and routes that answer without a session (signUp, signIn, GET /health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
