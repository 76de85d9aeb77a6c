/**
 * True on touch screens (a phone, a tablet): hints then say "tap" instead of "click" and
 * "double-click", and leave out keyboard shortcuts a phone has no key for.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(pointer: coarse)';

const media = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null);

function subscribe(listener: () => void) {
  const list = media();
  list?.addEventListener?.('change', listener);
  return () => list?.removeEventListener?.('change', listener);
}

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
