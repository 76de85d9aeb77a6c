/**
 * Parses one YAML seed file keeping source positions, so that any later check (shape or
 * cross-file) can say on which line the offending value sits.
 */
import { readFile } from 'node:fs/promises';
import { isCollection, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, type PathPart, type SeedError } from './seed-errors';

/** A parsed file and the means to point into it. */
export interface LocatedYamlFile {
  /** Relative to the seed directory. */
  file: string;
  /** What the path of an error starts with: `claims`, `source`, `topics`... */
  root: string;
  /** Plain data (null for an empty file). */
  data: unknown;
  /** Line of the value at `parts`, or of its nearest existing ancestor (a missing key points at its map). */
  lineAt(parts: readonly PathPart[]): number | null;
}

export type YamlReadResult =
  { kind: 'parsed'; located: LocatedYamlFile } | { kind: 'missing' } | { kind: 'invalid'; errors: SeedError[] };

export async function readLocatedYamlFile({
  absolutePath,
  file,
  root,
}: {
  absolutePath: string;
  file: string;
  root: string;
}): Promise<YamlReadResult> {
  let source: string;
  try {
    source = await readFile(absolutePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', errors: [{ file, line: null, path: '', message: `cannot read: ${String(error)}` }] };
  }
  return parseLocatedYaml({ source, file, root });
}

export function parseLocatedYaml({
  source,
  file,
  root,
}: {
  source: string;
  file: string;
  root: string;
}): YamlReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      kind: 'invalid',
      // Only the first: after a syntax error the parser's later complaints are mostly echoes of it.
      errors: doc.errors.slice(0, 1).map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line,
        path: '',
        message: `YAML syntax: ${firstLine(error.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? null;
  } catch (error) {
    // e.g. an alias bomb: report it like a syntax error instead of crashing the loader.
    return { kind: 'invalid', errors: [{ file, line: null, path: '', message: `YAML: ${firstLine(String(error))}` }] };
  }
  return {
    kind: 'parsed',
    located: {
      file,
      root,
      data,
      lineAt: (parts) => lineOfPath({ doc, lineCounter, parts }),
    },
  };
}

export function lineOfPath({
  doc,
  lineCounter,
  parts,
}: {
  doc: Document;
  lineCounter: LineCounter;
  parts: readonly PathPart[];
}): number | null {
  // Walk down as far as the path exists; a missing key is reported on its parent's line.
  let node: unknown = doc.contents;
  let line = nodeLine({ node, lineCounter });
  for (const part of parts) {
    if (!isCollection(node)) break;
    const child = node.get(part, true);
    if (child === undefined) break;
    node = child;
    line = nodeLine({ node, lineCounter }) ?? line;
  }
  return line;
}

function nodeLine({ node, lineCounter }: { node: unknown; lineCounter: LineCounter }): number | null {
  if (!isNode(node) || !node.range) return null;
  return lineCounter.linePos(node.range[0]).line;
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

/** Builds a SeedError pointing at `parts` inside `located`. */
export function errorIn({
  located,
  parts,
  message,
}: {
  located: LocatedYamlFile;
  parts: readonly PathPart[];
  message: string;
}): SeedError {
  return { file: located.file, line: located.lineAt(parts), path: formatPath({ root: located.root, parts }), message };
}
