/**
 * One source folder held as YAML Documents, so the curation API edits the files a curator reads in
 * git without losing their comments or flow style: a mutation changes nodes (setIn/deleteIn) and
 * only the files it touched are rewritten. history.yaml is the folder's audit trail (newest last).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';

export const LIST_FILES = ['entities', 'claims', 'relationships', 'history'] as const;
export type ListFile = (typeof LIST_FILES)[number];

export interface FolderDocuments {
  id: string;
  /** text.txt, byte for byte (UTF-8). */
  text: string;
  source: Document;
  entities: Document;
  claims: Document;
  relationships: Document;
  history: Document;
}

/** Plain data of a whole folder, in the seed format (what saveSource writes). */
export interface PlainFolder {
  id: string;
  text: string;
  source: Record<string, unknown>;
  entities: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
  history: Record<string, unknown>[];
}

/** Raised when a folder on disk cannot even be parsed: the curator must fix it by hand first. */
export class BrokenFolderError extends Error {
  override readonly name = 'BrokenFolderError';
}

// lineWidth 0: never fold long quotes, so a diff shows the changed line only.
const TO_STRING = { lineWidth: 0, minContentWidth: 0 } as const;

function parseFile({ source, file }: { source: string; file: string }): Document {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) {
    throw new BrokenFolderError(
      `${file}: YAML syntax error (${doc.errors[0]!.message.split('\n')[0]}); fix it and run npm run seed:check`,
    );
  }
  return doc;
}

async function readOptional(absolutePath: string): Promise<string | null> {
  try {
    return await readFile(absolutePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const emptyList = () => new Document([]);

/** null when sources/<id>/source.yaml does not exist. */
export async function readFolderDocuments({
  seedDir,
  id,
}: {
  seedDir: string;
  id: string;
}): Promise<FolderDocuments | null> {
  const dir = path.join(seedDir, 'sources', id);
  const source = await readOptional(path.join(dir, 'source.yaml'));
  if (source === null) return null;
  const text = (await readOptional(path.join(dir, 'text.txt'))) ?? '';
  const folder: FolderDocuments = {
    id,
    text,
    source: parseFile({ source, file: `sources/${id}/source.yaml` }),
    entities: emptyList(),
    claims: emptyList(),
    relationships: emptyList(),
    history: emptyList(),
  };
  for (const name of LIST_FILES) {
    const content = await readOptional(path.join(dir, `${name}.yaml`));
    if (content === null) continue;
    const doc = parseFile({ source: content, file: `sources/${id}/${name}.yaml` });
    // An empty file is an empty list; anything else that is not a list the loader reports.
    if (doc.contents === null) doc.contents = doc.createNode([]);
    folder[name] = doc;
  }
  return folder;
}

export function folderFromPlain(plain: PlainFolder): FolderDocuments {
  return {
    id: plain.id,
    text: plain.text,
    source: new Document(plain.source),
    entities: new Document(plain.entities),
    claims: new Document(plain.claims),
    relationships: new Document(plain.relationships),
    history: new Document(plain.history),
  };
}

export function plainOf(folder: FolderDocuments): PlainFolder {
  return {
    id: folder.id,
    text: folder.text,
    source: (folder.source.toJS() ?? {}) as Record<string, unknown>,
    entities: listOf(folder.entities),
    claims: listOf(folder.claims),
    relationships: listOf(folder.relationships),
    history: listOf(folder.history),
  };
}

/** The items of a list document as plain objects (index i is item i of the file). */
export function listOf(doc: Document): Record<string, unknown>[] {
  const value: unknown = doc.toJS();
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

export function listLength(doc: Document): number {
  return isSeq(doc.contents) ? doc.contents.items.length : 0;
}

/** File name -> content; empty lists become `[]` so the file says so. */
export function serializeFolder(folder: FolderDocuments): Record<string, string> {
  const files: Record<string, string> = { 'text.txt': folder.text, 'source.yaml': folder.source.toString(TO_STRING) };
  for (const name of LIST_FILES) files[`${name}.yaml`] = folder[name].toString(TO_STRING);
  return files;
}

/** Drops null/undefined values: every optional seed field means the same when absent. */
export function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}
