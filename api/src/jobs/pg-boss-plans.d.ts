/** pg-boss's SQL texts (pg-boss 10.4, pinned): used to recognise the statements that end a job. */
declare module 'pg-boss/src/plans' {
  export function completeJobs(schema: string): string;
  export function failJobsById(schema: string): string;
}
