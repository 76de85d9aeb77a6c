/** Small edits on a folder's YAML Documents that keep comments and styles of everything untouched. */
import type { Document } from 'yaml';
import { listOf } from '../../seed/writer/folder-documents';
import type { WriteContext } from './curation-service';

export const indexOfId = (doc: Document, id: string): number => listOf(doc).findIndex((item) => item.id === id);

/** curatedBy/curatedAt on item `index` of a list file. */
export function stampItem({
  doc,
  index,
  w,
}: {
  doc: Document;
  index: number;
  w: Pick<WriteContext, 'curator' | 'now'>;
}): void {
  doc.setIn([index, 'curatedBy'], w.curator);
  doc.setIn([index, 'curatedAt'], w.now);
}

/** A short list (ids, aliases) written in flow style, like the hand-written files. */
export function setFlowList({
  doc,
  path,
  values,
}: {
  doc: Document;
  path: (string | number)[];
  values: unknown[];
}): void {
  doc.setIn(path, doc.createNode(values, { flow: true }));
}

/** Deletes items by index, highest first so the others keep their positions. */
export function deleteItems({ doc, indices }: { doc: Document; indices: number[] }): void {
  for (const index of [...new Set(indices)].sort((a, b) => b - a)) doc.deleteIn([index]);
}
