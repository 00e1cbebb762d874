// The one answer to "is the user typing?": single-key shortcuts (P, /, j, k, Ctrl+Z) are
// ignored only while a text field, a select or editable text has the focus — not after a
// click on a checkbox, a button or a link.
import { useEffect, useLayoutEffect, useRef } from 'react';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/**
 * A page-wide keyboard shortcut, heard unless the user is typing. The handler may change
 * every render (it closes over the current results); the listener is added once.
 */
export function useShortcut(onKey: (e: KeyboardEvent) => void): void {
  const latest = useRef(onKey);
  useLayoutEffect(() => {
    latest.current = onKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (!isTyping(e.target)) latest.current(e);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
