/**
 * Every entity is named somewhere in the sources, except a source's author: an unsigned article
 * never names its author, and borrowing an unrelated span only to satisfy a rule would put a
 * false mention in the graph.
 */
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt } from '../loader/shape-check';
import type { MergedEntity } from './entity-merge';

export function checkMentions({
  model,
  entities,
  errors,
}: {
  model: SeedModel;
  entities: Map<string, MergedEntity>;
  errors: SeedError[];
}): void {
  const authors = new Set(
    model.folders.flatMap((folder) => (folder.source?.value.author ? [folder.source.value.author] : [])),
  );
  for (const entity of entities.values()) {
    if (authors.has(entity.id)) continue;
    if (entity.definitions.some(({ item }) => item.value.mentions.length > 0)) continue;
    const first = entity.definitions[0]!.item;
    errors.push(
      errorAt(
        first,
        ['mentions'],
        `entity "${entity.id}" needs at least 1 mention (only a source's author may have none)`,
      ),
    );
  }
}
