import { useEffect, useState } from 'react';

/** The value once it has stayed the same for `ms`; a cleared value passes at once. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  // A cleared value settles during this render (React's pattern for state derived from props), not a timer later.
  if ((value === '' || value === null) && settled !== value) setSettled(value);
  useEffect(() => {
    if (value === settled || value === '' || value === null) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
