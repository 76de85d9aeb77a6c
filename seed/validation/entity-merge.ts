/**
 * The same entity id in several source folders is one entity. Folders are visited in sorted
 * order: type and name must agree, aliases are united, mentions concatenated, and the
 * description comes from the first folder (so adding an article never rewrites it).
 */
import type { SeedError } from '../loader/seed-errors';
import type { EntityItem, SeedModel, SourceFolder } from '../loader/seed-model';
import { errorAt, type LocatedItem } from '../loader/shape-check';

export interface MergedEntity {
  id: string;
  type: EntityItem['type'];
  name: string;
  aliases: string[];
  description: string;
  /** Every definition, in folder order; its mentions point into that folder's text. */
  definitions: { folder: SourceFolder; item: LocatedItem<EntityItem> }[];
}

export function mergeEntities({ model, errors }: { model: SeedModel; errors: SeedError[] }): Map<string, MergedEntity> {
  const merged = new Map<string, MergedEntity>();
  for (const folder of model.folders) {
    const seenInFolder = new Set<string>();
    for (const item of folder.entities) {
      const entity = item.value;
      // A duplicate inside one folder is reported by duplicate-id-rules.ts; do not merge it.
      if (seenInFolder.has(entity.id)) continue;
      seenInFolder.add(entity.id);
      const existing = merged.get(entity.id);
      if (!existing) {
        merged.set(entity.id, {
          id: entity.id,
          type: entity.type,
          name: entity.name,
          aliases: unique(entity.aliases),
          description: entity.description,
          definitions: [{ folder, item }],
        });
        continue;
      }
      const firstFolder = existing.definitions[0]!.folder.dir;
      if (entity.type !== existing.type) {
        errors.push(
          errorAt(
            item,
            ['type'],
            `entity "${entity.id}" is a ${existing.type} in ${firstFolder}: the same id must have the same type everywhere`,
          ),
        );
      }
      if (entity.name !== existing.name) {
        errors.push(
          errorAt(
            item,
            ['name'],
            `entity "${entity.id}" is named "${existing.name}" in ${firstFolder}: the same id must have the same name everywhere`,
          ),
        );
      }
      existing.aliases = unique([...existing.aliases, ...entity.aliases]);
      existing.definitions.push({ folder, item });
    }
  }
  return merged;
}

const unique = (values: string[]) => [...new Set(values)];
