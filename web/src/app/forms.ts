import { useCallback, useState } from 'react';
import type { MessageKey, Translate, Vars } from '../i18n/translate';
import { sentence, toProblem, type Problem } from './errors';

/** A client-side finding, translated when shown: pure validators return these, not strings. */
export interface Issue {
  key: MessageKey;
  vars?: Vars;
}

export type Issues<F extends string> = Partial<Record<F, Issue>>;

export const hasIssues = (issues: Issues<string>): boolean => Object.keys(issues).length > 0;

/** The sentence a form shows for a failure that names no field: network, server, or the API's own words. */
export function formProblemText(problem: Problem, t: Translate): string {
  if (problem.code === 'NETWORK') return t('errors.network.body');
  if (problem.code === 'INTERNAL_SERVER_ERROR') return t('errors.server.body');
  return problem.message || t('errors.server.body');
}

/**
 * Error state of one form: client issues (shown after the first submit, then live as the person
 * fixes them) and the server's answer (field messages stay until that field changes).
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [serverFields, setServerFields] = useState<Partial<Record<F, string>>>({});

  const fail = useCallback(
    (error: unknown): Problem => {
      const next = toProblem(error);
      const mine: Partial<Record<F, string>> = {};
      for (const field of fields) if (next.fields[field]) mine[field] = next.fields[field];
      setProblem(next);
      setServerFields(mine);
      return next;
    },
    [fields],
  );

  const touch = useCallback((field: F) => {
    setServerFields((current) => {
      if (!(field in current)) return current;
      const { [field]: _dropped, ...rest } = current;
      return rest as Partial<Record<F, string>>;
    });
  }, []);

  const reset = useCallback(() => {
    setProblem(null);
    setServerFields({});
  }, []);

  /** The message for each field: the client's issue first (in the person's language), else the server's. */
  const messages = (issues: Issues<F>, t: Translate, labels: Record<F, string>): Partial<Record<F, string>> => {
    const out: Partial<Record<F, string>> = {};
    for (const field of fields) {
      const issue = submitted ? issues[field] : undefined;
      const server = serverFields[field];
      const message = issue ? t(issue.key, issue.vars) : server ? sentence(server, labels[field]) : undefined;
      if (message) out[field] = message;
    }
    return out;
  };

  return { submitted, setSubmitted, problem, fail, touch, reset, messages };
}
