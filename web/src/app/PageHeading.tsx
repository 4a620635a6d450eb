import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

import { useT } from '../i18n/context';
import { focusUntouchedSinceNavigation } from './navigationFocus';

interface PageHeadingProps {
  children: ReactNode;
  /** The tab's title when it differs from the heading's text (defaults to it when it is a string). */
  documentTitle?: string;
  className?: string;
}

/**
 * The page's one `<h1>`. It names the browser tab and, after an in-app navigation, takes focus so
 * screen readers announce the new page and the next Tab starts from the content (WCAG 2.4.3).
 * The very first page load keeps the browser's own focus (the skip link stays the first stop).
 */
export function PageHeading({ children, documentTitle, className }: PageHeadingProps) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    if (title) document.title = t('app.documentTitle', { title });
  }, [title, t]);

  useEffect(() => {
    if (key !== 'default' && focusUntouchedSinceNavigation()) ref.current?.focus({ preventScroll: false });
    // Focus follows the path only: filters and "Load more" change the query string, not the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
