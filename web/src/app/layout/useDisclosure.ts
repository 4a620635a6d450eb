import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A header menu's behaviour (button with `aria-expanded` + panel): the button toggles it; Escape
 * closes it and gives focus back to the button; a click or focus outside closes it; so does a
 * navigation. Shared by the account menu and the notifications menu.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const [openedAt, setOpenedAt] = useState(pathname);

  // Closing on navigation, computed during render (no effect needed).
  if (open && openedAt !== pathname) {
    setOpen(false);
    setOpenedAt(pathname);
  }

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => !root.current?.contains(target as Node);
    const onPointer = (event: PointerEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    // Tabbing past the panel closes it, so an open panel never hides what has focus.
    const onFocus = (event: FocusEvent) => {
      if (outside(event.target) && event.target !== document.body) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toggle = useCallback(() => {
    setOpenedAt(pathname);
    setOpen((value) => !value);
  }, [pathname]);

  const close = useCallback(() => setOpen(false), []);

  return { open, toggle, close, root, button };
}
