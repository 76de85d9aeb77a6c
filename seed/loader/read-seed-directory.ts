/**
 * Reads the seed directory into a SeedModel: topics.yaml plus one folder per source under
 * sources/. Missing optional files are empty lists; every parse or shape problem is collected.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import {
  claimsFileSchema,
  entitiesFileSchema,
  relationshipsFileSchema,
  sourceFileSchema,
  topicsFileSchema,
} from '../format/seed-file-schemas';
import { readLocatedYamlFile } from './located-yaml-file';
import type { SeedError } from './seed-errors';
import { compareText } from './seed-errors';
import type { SeedModel, SourceFolder } from './seed-model';
import { checkListFile, checkObjectFile, type LocatedItem } from './shape-check';

export async function readSeedDirectory({
  seedDir,
}: {
  seedDir: string;
}): Promise<{ model: SeedModel; errors: SeedError[] }> {
  const errors: SeedError[] = [];
  const model: SeedModel = {
    topics: [],
    folders: [],
    invalidIds: { entities: new Set(), claims: new Set(), topics: new Set() },
    unreadable: new Set(),
  };

  if (!(await isDirectory(seedDir))) {
    errors.push({
      file: '.',
      line: null,
      path: '',
      message: `seed directory ${seedDir} does not exist or is not a directory`,
    });
    return { model, errors };
  }

  const topics = await readList({ seedDir, file: 'topics.yaml', root: 'topics', itemSchema: topicsFileSchema.element });
  model.topics = topics.items;
  if (topics.unreadable) model.unreadable.add('topics');
  topics.idsOfInvalidItems.forEach((id) => model.invalidIds.topics.add(id));
  errors.push(...topics.errors);

  const sourcesDir = path.join(seedDir, 'sources');
  if (!(await isDirectory(sourcesDir))) {
    errors.push({
      file: 'sources',
      line: null,
      path: '',
      message: 'no sources/ folder: add one folder per document, sources/<source-id>/',
    });
    return { model, errors };
  }
  const folderNames = (await readdir(sourcesDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareText);
  for (const folder of folderNames) {
    model.folders.push(await readSourceFolder({ seedDir, folder, model, errors }));
  }
  return { model, errors };
}

async function readSourceFolder({
  seedDir,
  folder,
  model,
  errors,
}: {
  seedDir: string;
  folder: string;
  model: SeedModel;
  errors: SeedError[];
}): Promise<SourceFolder> {
  const dir = `sources/${folder}`;
  const result: SourceFolder = { folder, dir, source: null, text: null, entities: [], claims: [], relationships: [] };

  const sourceYaml = await readLocatedYamlFile({
    absolutePath: path.join(seedDir, dir, 'source.yaml'),
    file: `${dir}/source.yaml`,
    root: 'source',
  });
  if (sourceYaml.kind === 'missing') {
    errors.push({
      file: `${dir}/source.yaml`,
      line: null,
      path: '',
      message: 'missing: every source folder needs a source.yaml',
    });
  } else if (sourceYaml.kind === 'invalid') {
    errors.push(...sourceYaml.errors);
  } else {
    const checked = checkObjectFile({ located: sourceYaml.located, schema: sourceFileSchema });
    result.source = checked.item;
    errors.push(...checked.errors);
  }

  result.text = await readText({ absolutePath: path.join(seedDir, dir, 'text.txt'), file: `${dir}/text.txt`, errors });

  const entities = await readList({
    seedDir,
    file: `${dir}/entities.yaml`,
    root: 'entities',
    itemSchema: entitiesFileSchema.element,
  });
  result.entities = entities.items;
  if (entities.unreadable) model.unreadable.add('entities');
  entities.idsOfInvalidItems.forEach((id) => model.invalidIds.entities.add(id));
  errors.push(...entities.errors);

  const claims = await readList({
    seedDir,
    file: `${dir}/claims.yaml`,
    root: 'claims',
    itemSchema: claimsFileSchema.element,
  });
  result.claims = claims.items;
  if (claims.unreadable) model.unreadable.add('claims');
  claims.idsOfInvalidItems.forEach((id) => model.invalidIds.claims.add(id));
  errors.push(...claims.errors);

  const relationships = await readList({
    seedDir,
    file: `${dir}/relationships.yaml`,
    root: 'relationships',
    itemSchema: relationshipsFileSchema.element,
  });
  result.relationships = relationships.items;
  errors.push(...relationships.errors);
  return result;
}

/** Optional list file: missing = empty list. */
async function readList<S extends z.ZodType>({
  seedDir,
  file,
  root,
  itemSchema,
}: {
  seedDir: string;
  file: string;
  root: string;
  itemSchema: S;
}): Promise<{
  items: LocatedItem<z.output<S>>[];
  idsOfInvalidItems: string[];
  errors: SeedError[];
  unreadable: boolean;
}> {
  const read = await readLocatedYamlFile({ absolutePath: path.join(seedDir, file), file, root });
  switch (read.kind) {
    case 'missing':
      return { items: [], idsOfInvalidItems: [], errors: [], unreadable: false };
    case 'invalid':
      return { items: [], idsOfInvalidItems: [], errors: read.errors, unreadable: true };
    case 'parsed': {
      const checked = checkListFile({ located: read.located, itemSchema });
      return { ...checked, unreadable: checked.notAList };
    }
    default: {
      const unreachable: never = read;
      return unreachable;
    }
  }
}

// fatal: reject bytes that are not UTF-8 instead of silently replacing them;
// ignoreBOM: keep a BOM in the string, so offsets count exactly what the file holds.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function readText({ absolutePath, file, errors }: { absolutePath: string; file: string; errors: SeedError[] }) {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    errors.push({
      file,
      line: null,
      path: '',
      message: missing
        ? 'missing: every source folder needs text.txt, the document byte for byte'
        : `cannot read: ${String(error)}`,
    });
    return null;
  }
  try {
    const text = utf8.decode(bytes);
    if (text.length === 0) {
      errors.push({ file, line: null, path: '', message: 'is empty: it must hold the document text' });
      return null;
    }
    return text;
  } catch {
    errors.push({ file, line: null, path: '', message: 'is not valid UTF-8: save the document as UTF-8' });
    return null;
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
