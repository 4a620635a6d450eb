import { useT } from '../i18n/context';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { Problem } from './errors';
import { formProblemText, type FormSummaryState } from './forms';

interface FormSummaryProps {
  summary: FormSummaryState;
  /** The title when the API refused without naming a field. */
  failedTitle: string;
  /** This form's own sentence for some refusals (a taken name…); the generic one otherwise. */
  describe?: (problem: Problem) => string | undefined;
}

/**
 * The summary above a form after a refused submit: the fields to fix, each a link to its control, or
 * what went wrong when no field is to blame. Nothing before the first submit.
 */
export function FormSummary({ summary: { ref, items, problem, submitted }, failedTitle, describe }: FormSummaryProps) {
  const t = useT();
  // A problem with field messages is explained by the list; otherwise say what happened.
  const problemText = problem && !items.length ? (describe?.(problem) ?? formProblemText(problem, t)) : undefined;
  if (!(submitted && items.length) && !problemText) return null;
  return (
    <ErrorSummary
      ref={ref}
      title={items.length ? t('form.summary', { count: items.length }) : failedTitle}
      message={problemText}
      items={items}
    />
  );
}
