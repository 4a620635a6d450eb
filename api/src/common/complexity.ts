import { PAGINATION } from '@red-chair/domain';

/** For list fields: children cost as many times as the page asks for (the query cost limit reads it). */
export const pageComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  1 + childComplexity * Math.max(1, Math.min(args.first ?? PAGINATION.defaultFirst, PAGINATION.maxFirst));
