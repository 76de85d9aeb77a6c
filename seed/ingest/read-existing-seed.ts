/** The entities and ids already in a seed root, read with the seed reader (no validation needed). */
import { existsSync } from 'node:fs';
import { readSeedDirectory } from '../loader/read-seed-directory';
import type { ExistingSeed } from './draft-types';

export async function readExistingSeed({ seedDir }: { seedDir: string }): Promise<ExistingSeed> {
  if (!existsSync(seedDir)) return { entities: [], takenIds: new Set() };
  const { model } = await readSeedDirectory({ seedDir });
  const entities = new Map<string, ExistingSeed['entities'][number]>();
  const takenIds = new Set<string>();
  for (const folder of model.folders) {
    takenIds.add(folder.folder);
    for (const { value: e } of folder.entities) {
      takenIds.add(e.id);
      const known = entities.get(e.id);
      if (known) known.aliases = [...new Set([...known.aliases, ...e.aliases])];
      else entities.set(e.id, { id: e.id, type: e.type, name: e.name, aliases: [...e.aliases] });
    }
    for (const { value: c } of folder.claims) takenIds.add(c.id);
  }
  return { entities: [...entities.values()], takenIds };
}
