import { useEffect, useRef } from 'react';

/** Moves the keyboard focus to the element when `key` changes to a non-null value (a new error, a new result). */
export function useFocusOn<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key != null && key !== false) ref.current?.focus();
  }, [key]);
  return ref;
}
