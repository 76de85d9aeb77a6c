/**
 * The engine of `npm run seed:locate`: finds each quote of claims.yaml and entities.yaml in the
 * folder's text.txt and writes start/end into the YAML. Edits are spliced into the original
 * text (never re-serialised), so comments, flow/block style and spacing stay exactly as written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { formatPath, type PathPart, type SeedError } from '../loader/seed-errors';
import { describeFailedLookup, findQuote } from '../validation/find-quote';
import { checkSpan } from '../validation/quote-span-rules';

export interface FillReport {
  /** How many spans got offsets written (or rewritten with fixAll). */
  filled: number;
  /** Spans left alone because they already had correct (or, without fixAll, any) offsets. */
  kept: number;
  /** Spans that could not be located: zero or several matches, or a malformed item. */
  problems: SeedError[];
  /** Files rewritten, relative to `relativeTo`. */
  changedFiles: string[];
}

interface Edit {
  at: number;
  deleteCount: number;
  insert: string;
}

/** Fills offsets in one source folder (the folder holding text.txt). */
export async function fillQuoteOffsetsInFolder({
  folderDir,
  fixAll,
  relativeTo,
}: {
  folderDir: string;
  fixAll: boolean;
  /** Errors name files relative to this directory (the seed directory). */
  relativeTo: string;
}): Promise<FillReport> {
  const report: FillReport = { filled: 0, kept: 0, problems: [], changedFiles: [] };
  const rel = (name: string) => path.relative(relativeTo, path.join(folderDir, name)).split(path.sep).join('/');
  let text: string;
  try {
    text = await readFile(path.join(folderDir, 'text.txt'), 'utf8');
  } catch {
    report.problems.push({
      file: rel('text.txt'),
      line: null,
      path: '',
      message: 'missing: cannot locate quotes without text.txt',
    });
    return report;
  }
  for (const [name, root] of [
    ['claims.yaml', 'claims'],
    ['entities.yaml', 'entities'],
  ] as const) {
    let source: string;
    try {
      source = await readFile(path.join(folderDir, name), 'utf8');
    } catch {
      continue; // optional file
    }
    const result = fillInYaml({ source, text, fixAll, file: rel(name), root });
    report.filled += result.filled;
    report.kept += result.kept;
    report.problems.push(...result.problems);
    if (result.output !== source) {
      await writeFile(path.join(folderDir, name), result.output, 'utf8');
      report.changedFiles.push(rel(name));
    }
  }
  return report;
}

/** Pure: the new YAML text plus what happened. `root` is 'claims' (quote on each item) or 'entities' (quotes under mentions). */
export function fillInYaml({
  source,
  text,
  fixAll,
  file,
  root,
}: {
  source: string;
  text: string;
  fixAll: boolean;
  file: string;
  root: 'claims' | 'entities';
}): { output: string; filled: number; kept: number; problems: SeedError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const problems: SeedError[] = [];
  const problem = (parts: PathPart[], offset: number | undefined, message: string) =>
    problems.push({
      file,
      line: offset === undefined ? null : lineCounter.linePos(offset).line,
      path: formatPath({ root, parts }),
      message,
    });
  if (doc.errors.length > 0) {
    problem(
      [],
      doc.errors[0]!.pos[0],
      `YAML syntax: ${doc.errors[0]!.message.split('\n')[0]}; fix it before locating quotes`,
    );
    return { output: source, filled: 0, kept: 0, problems };
  }
  if (!isSeq(doc.contents)) return { output: source, filled: 0, kept: 0, problems };

  // Every map holding a quote, with its path for messages.
  const spanMaps: { map: YAMLMap; parts: PathPart[] }[] = [];
  doc.contents.items.forEach((item, i) => {
    if (!isMap(item)) return;
    if (root === 'claims') spanMaps.push({ map: item, parts: [i] });
    else {
      const mentions = item.get('mentions', true);
      if (isSeq(mentions))
        mentions.items.forEach((m, j) => isMap(m) && spanMaps.push({ map: m, parts: [i, 'mentions', j] }));
    }
  });

  const edits: Edit[] = [];
  let filled = 0;
  let kept = 0;
  for (const { map, parts } of spanMaps) {
    const quotePair = map.items.find((p) => isScalar(p.key) && p.key.value === 'quote');
    const quote = isScalar(quotePair?.value) ? quotePair.value.value : undefined;
    if (!quotePair || typeof quote !== 'string' || !isScalar(quotePair.value)) {
      problem(parts, map.range?.[0], 'has no quote to locate');
      continue;
    }
    const badOffset = (['start', 'end', 'occurrence'] as const).find((key) => {
      const value = map.get(key, true);
      return value !== undefined && !(isScalar(value) && typeof value.value === 'number');
    });
    if (badOffset) {
      problem([...parts, badOffset], map.range?.[0], `${badOffset} must be a whole number`);
      continue;
    }
    const numberAt = (key: string) => {
      const value = map.get(key, true);
      return isScalar(value) && typeof value.value === 'number' ? value.value : undefined;
    };
    const start = numberAt('start');
    const end = numberAt('end');
    const occurrence = numberAt('occurrence');
    const hasBoth = start !== undefined && end !== undefined;
    if (hasBoth && (!fixAll || checkSpan({ text, span: { quote, start, end } }).kind === 'ok')) {
      kept += 1;
      continue;
    }
    const lookup = findQuote({ text, quote, occurrence });
    if (lookup.kind !== 'found') {
      problem([...parts, 'quote'], quotePair.value.range?.[0], describeFailedLookup(lookup));
      continue;
    }
    edits.push(...offsetEdits({ source, lineCounter, map, quotePair, offsets: lookup }));
    filled += 1;
  }

  let output = source;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    output = output.slice(0, edit.at) + edit.insert + output.slice(edit.at + edit.deleteCount);
  }
  return { output, filled, kept, problems };
}

/** Replaces existing start/end values in place and inserts missing ones right after the quote. */
function offsetEdits({
  source,
  lineCounter,
  map,
  quotePair,
  offsets,
}: {
  source: string;
  lineCounter: LineCounter;
  map: YAMLMap;
  quotePair: Pair;
  offsets: { start: number; end: number };
}): Edit[] {
  const edits: Edit[] = [];
  const missing: ('start' | 'end')[] = [];
  for (const key of ['start', 'end'] as const) {
    const value = map.get(key, true);
    if (isScalar(value) && value.range) {
      edits.push({ at: value.range[0], deleteCount: value.range[1] - value.range[0], insert: String(offsets[key]) });
    } else missing.push(key);
  }
  if (missing.length === 0) return edits;

  const valueEnd = (quotePair.value as { range: [number, number, number] }).range[1];
  if (map.flow) {
    edits.push({ at: valueEnd, deleteCount: 0, insert: missing.map((k) => `, ${k}: ${offsets[k]}`).join('') });
    return edits;
  }
  // Block map: new lines at the quote key's indentation, after the quote's last line (and its comment).
  const keyStart = (quotePair.key as { range: [number, number, number] }).range[0];
  const indent = ' '.repeat(lineCounter.linePos(keyStart).col - 1);
  const lines = missing.map((k) => `${indent}${k}: ${offsets[k]}`);
  if (source[valueEnd - 1] === '\n') {
    // Block scalars (| or >) end after their final newline.
    edits.push({ at: valueEnd, deleteCount: 0, insert: `${lines.join('\n')}\n` });
  } else {
    const eol = source.indexOf('\n', valueEnd);
    edits.push({ at: eol === -1 ? source.length : eol, deleteCount: 0, insert: lines.map((l) => `\n${l}`).join('') });
  }
  return edits;
}
