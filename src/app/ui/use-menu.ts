// A <details> menu that behaves like one: Esc closes it (and gives the focus back to its
// summary), a click or focus outside closes it, and choosing an item closes it.
import { useEffect, useRef, type RefObject } from 'react';

/** The ref to put on the <details>, and a function that closes it. */
export function useMenu(): [RefObject<HTMLDetailsElement | null>, () => void] {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  useEffect(() => {
    const onPointer = (e: Event) => {
      const menu = ref.current;
      if (menu?.open && e.target instanceof Node && !menu.contains(e.target)) menu.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      const menu = ref.current;
      if (e.key !== 'Escape' || !menu?.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
      e.stopPropagation();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, []);
  return [ref, close];
}
