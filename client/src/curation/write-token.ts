/**
 * The curator's write token: typed once, kept in sessionStorage so it lives as long as the tab and no
 * longer (never localStorage, never a cookie). Components read it with useWriteToken(); without a
 * token no write control is shown.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'whosaid.writeToken';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: writes stay off
  }
}

export function setWriteToken({ token }: { token: string | null }): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing to keep.
  }
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useWriteToken(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
