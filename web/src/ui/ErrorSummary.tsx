import { forwardRef, type MouseEvent, type ReactNode } from 'react';

import { Alert } from './Alert';

export interface SummaryItem {
  /** The id of the control to focus. */
  targetId: string;
  label: string;
  message: string;
}

interface ErrorSummaryProps {
  title: ReactNode;
  /** A message about the whole form (e.g. a failed sign-in), shown above the list. */
  message?: ReactNode;
  items: readonly SummaryItem[];
}

const focusTarget = (targetId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
};

/** After a failed submit: what needs attention, each item a link to its field (role="alert"). */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ title, message, items }, ref) {
  return (
    <Alert ref={ref} tone="error" live="alert" title={title} tabIndex={-1}>
      {message ? <p>{message}</p> : null}
      {items.length ? (
        <ul>
          {items.map((item) => (
            <li key={item.targetId}>
              <a href={`#${item.targetId}`} onClick={focusTarget(item.targetId)}>
                {item.label}
              </a>
              {' — '}
              {item.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
});
