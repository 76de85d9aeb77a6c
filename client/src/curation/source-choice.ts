/**
 * Which source the explorer opens on. Until the reader's source picker lands (explorer-b), a saved
 * source is opened through `#source=<id>` in the URL: the hash survives the explorer's own URL
 * rewriting (it replaces only the query) and a reload, and a full load gives every view fresh data.
 */
import { DEFAULT_SOURCE_ID } from '../api/api-config';

const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;

export function chosenSourceId({ hash = window.location.hash }: { hash?: string } = {}): string {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('source');
  return id && SOURCE_ID.test(id) ? id : DEFAULT_SOURCE_ID;
}

/** Reopens the explorer on a source, without the previous selection (it belonged to the old one). */
export function openSource({ id }: { id: string }): void {
  // replaceState + reload: one full load of exactly this URL (assign() to a hash-only change would not load).
  window.history.replaceState(null, '', `${window.location.pathname}#source=${encodeURIComponent(id)}`);
  window.location.reload();
}
