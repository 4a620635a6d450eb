/**
 * Where focus was when the path last changed. A page's heading takes focus after a navigation, but
 * it may appear only once its data has loaded; if the person has focused something else meanwhile
 * (opened a menu, started typing), that heading must not steal focus from them.
 */
let focusedAtNavigation: Element | null = null;

export function rememberFocusAtNavigation(): void {
  focusedAtNavigation = document.activeElement;
}

export function focusUntouchedSinceNavigation(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === focusedAtNavigation || !active.isConnected;
}
