import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** How long a link's `#target` is looked for while the page's data arrives. */
const WAIT_MS = 5000;

/**
 * Links from mail go straight to the answer or the comment (`/i/:id#comment-…`): once the element with
 * that id is rendered (after the data arrives), it is scrolled into view and focused, so keyboard and
 * screen-reader users land there too.
 */
export function useHashTarget(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!id) return;
    const started = Date.now();
    let timer: number | undefined;
    const look = () => {
      const element = document.getElementById(id);
      if (element) {
        if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1');
        element.scrollIntoView({ block: 'start' });
        element.focus({ preventScroll: true });
        return;
      }
      if (Date.now() - started < WAIT_MS) timer = window.setTimeout(look, 100);
    };
    look();
    return () => window.clearTimeout(timer);
  }, [hash]);
}
