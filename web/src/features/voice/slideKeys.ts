/** What a key does in the presentation: a slide to go to, leaving, or nothing (the key is the page's). */
export type SlideMove = { go: number } | { leave: true } | null;

interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The element that has focus: form controls keep their own keys, buttons and links their Space and Enter. */
  target?: EventTarget | null;
}

const FORM_CONTROL = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const ACTIVATES_ON_SPACE = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * Arrows, PageUp/PageDown (a presenter's clicker sends those), Space, Home and End move; Escape leaves.
 * Keys with a modifier stay the browser's (Alt+Left is "back").
 */
export function slideMove(event: KeyLike, current: number, count: number): SlideMove {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const tag = event.target && 'tagName' in event.target ? String((event.target as { tagName: unknown }).tagName) : '';
  if (event.key === 'Escape') return { leave: true };
  if (FORM_CONTROL.has(tag)) return null;
  const clamp = (n: number) => Math.min(Math.max(n, 0), count - 1);
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { go: clamp(current + 1) };
    case ' ':
      return ACTIVATES_ON_SPACE.has(tag) ? null : { go: clamp(current + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { go: clamp(current - 1) };
    case 'Home':
      return { go: 0 };
    case 'End':
      return { go: count - 1 };
    default:
      return null;
  }
}
