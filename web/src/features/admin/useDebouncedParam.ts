import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A text filter kept in the URL (shareable, survives reload): the field answers each key at once, the
 * URL (and so the query) follows once typing pauses for `delay` ms.
 */
export function useDebouncedParam(name: string, delay = 300) {
  const [params, setParams] = useSearchParams();
  const committed = params.get(name) ?? '';
  const [typed, setTyped] = useState(committed);

  useEffect(() => {
    if (typed.trim() === committed) return;
    const timer = window.setTimeout(() => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (typed.trim()) next.set(name, typed.trim());
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [typed, committed, name, delay, setParams]);

  return { typed, setTyped, value: committed };
}
