import { useRef, useState, type FormEvent, type RefObject } from 'react';

import { useT } from '../i18n/context';
import type { MessageKey, Translate, Vars } from '../i18n/translate';
import type { SummaryItem } from '../ui/ErrorSummary';
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

export interface FormOptions<F extends string, V> {
  /** The form's fields in screen order: the error summary lists them in this order. */
  fields: readonly F[];
  initialValues: V | (() => V);
  validate: (values: V) => Issues<F>;
  /** Each field's label: a server fragment ("must be …") reads as a sentence after it. */
  labels: Record<F, string>;
  /** The id of the control each summary item focuses. */
  targets: Record<F, string>;
  /** Sends values that passed `validate`; a rejection is the API's error, shown by the form. */
  onSubmit: (values: V) => Promise<void>;
  /** Field messages this form reads into a refusal the API tied to no field (a taken name…). */
  fieldsFromRefusal?: (problem: Problem, values: V) => Partial<Record<F, string>>;
  /** What gets focus after a refused submit; the error summary by default. */
  focusOnFailure?: () => void;
}

export interface FormState<F extends string, V> {
  values: V;
  /** Changes values; the server's message on `field` goes away, as the person is fixing it. */
  change: (field: F, patch: Partial<V>) => void;
  /** Back to a clean form (after a success that keeps the form on screen). */
  reset: (values?: V) => void;
  /** Each field's message: the client's issue (once submitted) before the server's. */
  messages: Partial<Record<F, string>>;
  /** The API's refusal, or null. */
  problem: Problem | null;
  submitted: boolean;
  submitting: boolean;
  handleSubmit: (event: FormEvent) => Promise<void>;
  summary: FormSummaryState;
}

/** What an error summary needs: its ref (focused after a refused submit) and one item per field message. */
export interface FormSummaryState {
  ref: RefObject<HTMLDivElement | null>;
  items: SummaryItem[];
  problem: Problem | null;
  submitted: boolean;
}

/**
 * One form's values, validation, submit and errors. Client issues show after the first submit, then
 * live as the person fixes them; the API's field messages (BAD_USER_INPUT `extensions.fields`) stay until
 * that field changes. A refused submit moves focus to the error summary so screen readers hear it.
 */
export function useForm<F extends string, V>({
  fields,
  initialValues,
  validate,
  labels,
  targets,
  onSubmit,
  fieldsFromRefusal,
  focusOnFailure,
}: FormOptions<F, V>): FormState<F, V> {
  const t = useT();
  const [values, setValues] = useState<V>(initialValues);
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [serverMessages, setServerMessages] = useState<Partial<Record<F, string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  const issues = validate(values);
  const messages: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const issue = submitted ? issues[field] : undefined;
    const server = serverMessages[field];
    const message = issue ? t(issue.key, issue.vars) : server ? sentence(server, labels[field]) : undefined;
    if (message) messages[field] = message;
  }

  const focusLater = () => window.setTimeout(focusOnFailure ?? (() => summaryRef.current?.focus()));

  const change = (field: F, patch: Partial<V>) => {
    setValues((current) => ({ ...current, ...patch }));
    setServerMessages((current) => {
      if (!(field in current)) return current;
      const { [field]: _dropped, ...rest } = current;
      return rest as Partial<Record<F, string>>;
    });
  };

  const clearErrors = () => {
    setProblem(null);
    setServerMessages({});
  };

  const reset = (next?: V) => {
    if (next !== undefined) setValues(next);
    setSubmitted(false);
    clearErrors();
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    clearErrors();
    if (hasIssues(issues)) {
      focusLater();
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const refusal = toProblem(error);
      const derived: Partial<Record<F, string>> = fieldsFromRefusal?.(refusal, values) ?? {};
      const mine: Partial<Record<F, string>> = {};
      for (const field of fields) {
        const message = refusal.fields[field] ?? derived[field];
        if (message) mine[field] = message;
      }
      setProblem(refusal);
      setServerMessages(mine);
      focusLater();
    } finally {
      setSubmitting(false);
    }
  };

  const items = fields
    .filter((field) => messages[field])
    .map((field) => ({ targetId: targets[field], label: labels[field], message: messages[field]! }));

  return {
    values,
    change,
    reset,
    messages,
    problem,
    submitted,
    submitting,
    handleSubmit,
    summary: { ref: summaryRef, items, problem, submitted },
  };
}
