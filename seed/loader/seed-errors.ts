/**
 * Errors of the seed loader. Every problem names the file (relative to the seed directory),
 * the line when it can be located, the path inside the file (`claims[3].quote`) and a reason,
 * so a curator can jump straight to it. The loader collects all of them before giving up.
 */
export interface SeedError {
  /** Relative to the seed directory, with forward slashes: `sources/ai-race-article/claims.yaml`. */
  file: string;
  /** 1-based line, or null when the file is missing or the problem has no position. */
  line: number | null;
  /** Where in the file: `claims[3].quote`, `source.author`, `topics[0].stances[1].id`; '' for the whole file. */
  path: string;
  message: string;
}

/** A key or index inside a parsed YAML file. */
export type PathPart = string | number;

/** `claims` + [3, 'quote'] -> `claims[3].quote`. */
export function formatPath({ root, parts }: { root: string; parts: readonly PathPart[] }): string {
  return parts.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`),
    root,
  );
}

/** One line per error, as the CLI prints it: `file:line  path  message`. */
export function formatSeedError(error: SeedError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return error.path === '' ? `${where}  ${error.message}` : `${where}  ${error.path}  ${error.message}`;
}

/** Stable order for reports: by file, then line, then path. */
export function sortSeedErrors(errors: readonly SeedError[]): SeedError[] {
  return [...errors].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.path, b.path) ||
      compareText(a.message, b.message),
  );
}

/** Code-unit order, independent of the machine's locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
