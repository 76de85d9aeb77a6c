/**
 * Ids are unique where they are defined: entity ids within a folder (the same id in two folders
 * is one entity, merged by entity-merge.ts), claim ids across all sources, topic ids, stance
 * ids within a topic, and one relationship per (from, type, to) within a folder.
 */
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt, type LocatedItem } from '../loader/shape-check';

export function checkDuplicateIds({ model, errors }: { model: SeedModel; errors: SeedError[] }): void {
  reportDuplicates({ items: model.topics, keyOf: (t) => t.id, what: 'topic id', parts: ['id'], errors });
  for (const topic of model.topics) {
    const seen = new Map<string, number>();
    topic.value.stances.forEach((stance, i) => {
      const first = seen.get(stance.id);
      if (first === undefined) seen.set(stance.id, i);
      else
        errors.push(
          errorAt(topic, ['stances', i, 'id'], `duplicate stance id "${stance.id}" (already stances[${first}])`),
        );
    });
  }
  reportDuplicates({
    items: model.folders.flatMap((f) => f.claims),
    keyOf: (c) => c.id,
    what: 'claim id',
    parts: ['id'],
    errors,
  });
  for (const folder of model.folders) {
    reportDuplicates({ items: folder.entities, keyOf: (e) => e.id, what: 'entity id', parts: ['id'], errors });
    reportDuplicates({
      items: folder.relationships,
      keyOf: (r) => `${r.from} ${r.type} ${r.to}`,
      what: 'relationship (from, type, to)',
      parts: [],
      errors,
      hint: ': list all asserting claims on one relationship',
    });
  }
  checkSharedEdgeRoles({ model, errors });
}

/**
 * The same (from, type, to) in two folders is one fact edge asserted by both sources (its
 * claims are united); a role, when both give one, must agree.
 */
function checkSharedEdgeRoles({ model, errors }: { model: SeedModel; errors: SeedError[] }): void {
  const roleByEdge = new Map<string, { role: string; folder: string }>();
  for (const folder of model.folders) {
    for (const rel of folder.relationships) {
      const { from, type, to, role } = rel.value;
      if (role === null) continue;
      const key = `${from}--${type}--${to}`;
      const first = roleByEdge.get(key);
      if (!first) roleByEdge.set(key, { role, folder: folder.dir });
      else if (first.folder !== folder.dir && first.role !== role) {
        errors.push(
          errorAt(
            rel,
            ['role'],
            `role "${role}" differs from "${first.role}" given for the same relationship in ${first.folder}`,
          ),
        );
      }
    }
  }
}

function reportDuplicates<T>({
  items,
  keyOf,
  what,
  parts,
  errors,
  hint = '',
}: {
  items: LocatedItem<T>[];
  keyOf: (value: T) => string;
  what: string;
  parts: (string | number)[];
  errors: SeedError[];
  hint?: string;
}): void {
  const firstByKey = new Map<string, LocatedItem<T>>();
  for (const item of items) {
    const key = keyOf(item.value);
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, item);
      continue;
    }
    const line = first.located.lineAt(first.index === null ? [] : [first.index]);
    const where = `${first.located.file}${line === null ? '' : `:${line}`}`;
    errors.push(errorAt(item, parts, `duplicate ${what} "${key}", first defined at ${where}${hint}`));
  }
}
