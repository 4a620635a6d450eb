import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'redChair:isPublic';
/** Marks the few operations that answer without a session (signUp, signIn). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
