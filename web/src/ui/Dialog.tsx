import { useEffect, useId, useRef, type ReactNode } from 'react';

import styles from './Dialog.module.css';

interface DialogProps {
  open: boolean;
  /** Called on Escape, on the backdrop, and by the caller's own cancel button. */
  onClose: () => void;
  title: ReactNode;
  children?: ReactNode;
  /** The buttons; put `autoFocus` on the safe one (Cancel) so Enter never destroys anything. */
  actions: ReactNode;
  /** `wide`: room for a comparison side by side (still one column on a phone). */
  size?: 'normal' | 'wide';
}

/**
 * A modal confirmation on the native `<dialog>`: the browser traps focus, Escape closes it and the
 * rest of the page is inert. Focus goes back to whatever opened it.
 */
export function Dialog({ open, onClose, title, children, actions, size = 'normal' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom and very old browsers
    const onCancel = (event: Event) => {
      event.preventDefault(); // the parent owns `open`
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={size === 'wide' ? `${styles.dialog} ${styles.wide}` : styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onClick={(event) => {
        if (event.target === ref.current) onClose(); // a click on the backdrop
      }}
    >
      {open ? (
        <div className={styles.content}>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {children ? (
            <div id={bodyId} className={styles.body}>
              {children}
            </div>
          ) : null}
          <div className={styles.actions}>{actions}</div>
        </div>
      ) : null}
    </dialog>
  );
}
