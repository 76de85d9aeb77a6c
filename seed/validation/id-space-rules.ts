/**
 * Entities, claims and sources are all nodes of one graph and share one id space: an entity
 * and a claim (or a source) may not have the same id, or one node would silently replace the other.
 */
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt, type LocatedItem } from '../loader/shape-check';

export function checkSharedIdSpace({ model, errors }: { model: SeedModel; errors: SeedError[] }): void {
  const owner = new Map<string, string>();
  const claim = (id: string, kind: string, item: LocatedItem<unknown>) => {
    const previous = owner.get(id);
    if (previous === undefined) owner.set(id, kind);
    else if (previous !== kind) {
      errors.push(
        errorAt(
          item,
          ['id'],
          `id "${id}" is already used by a ${previous}: entities, claims and sources share one id space`,
        ),
      );
    }
  };
  for (const folder of model.folders) if (folder.source) claim(folder.source.value.id, 'source', folder.source);
  for (const folder of model.folders) for (const item of folder.entities) claim(item.value.id, 'entity', item);
  for (const folder of model.folders) for (const item of folder.claims) claim(item.value.id, 'claim', item);
}
