/**
 * Shape checks with the zod schemas of seed/format/seed-file-schemas.ts, item by item: one bad
 * claim does not hide the others, and every zod issue becomes a SeedError with a line.
 */
import type { z } from 'zod';
import { errorIn, type LocatedYamlFile } from './located-yaml-file';
import type { PathPart, SeedError } from './seed-errors';

/** One item of a list file that passed its schema, with the means to point back into the file. */
export interface LocatedItem<T> {
  value: T;
  located: LocatedYamlFile;
  /** Position in the file's list; null for single-object files (source.yaml). */
  index: number | null;
}

/** The error helper every rule uses: `errorAt(item, ['quote'], 'reason')`. */
export function errorAt<T>(item: LocatedItem<T>, parts: readonly PathPart[], message: string): SeedError {
  return errorIn({ located: item.located, parts: item.index === null ? parts : [item.index, ...parts], message });
}

export interface ListCheckResult<T> {
  items: LocatedItem<T>[];
  /** `id` values of items that failed their schema: known to exist, so references to them are not reported twice. */
  idsOfInvalidItems: string[];
  errors: SeedError[];
  /** The document is not a list at all, so none of its items could be read. */
  notAList: boolean;
}

/** A list file: the document must be a YAML sequence (an empty file is an empty list). */
export function checkListFile<S extends z.ZodType>({
  located,
  itemSchema,
}: {
  located: LocatedYamlFile;
  itemSchema: S;
}): ListCheckResult<z.output<S>> {
  const result: ListCheckResult<z.output<S>> = { items: [], idsOfInvalidItems: [], errors: [], notAList: false };
  if (located.data === null) return result;
  if (!Array.isArray(located.data)) {
    result.errors.push(
      errorIn({
        located,
        parts: [],
        message: `must be a YAML list (lines starting with "- "), got ${describe(located.data)}`,
      }),
    );
    return { ...result, notAList: true };
  }
  located.data.forEach((raw: unknown, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (parsed.success) {
      result.items.push({ value: parsed.data, located, index });
      return;
    }
    result.errors.push(...issuesToErrors({ located, prefix: [index], raw, issues: parsed.error.issues }));
    const id = isRecord(raw) ? raw.id : undefined;
    if (typeof id === 'string') result.idsOfInvalidItems.push(id);
  });
  return result;
}

/** A single-object file (source.yaml). */
export function checkObjectFile<S extends z.ZodType>({
  located,
  schema,
}: {
  located: LocatedYamlFile;
  schema: S;
}): { item: LocatedItem<z.output<S>> | null; errors: SeedError[] } {
  const parsed = schema.safeParse(located.data);
  if (parsed.success) return { item: { value: parsed.data, located, index: null }, errors: [] };
  if (!isRecord(located.data)) {
    return {
      item: null,
      errors: [
        errorIn({
          located,
          parts: [],
          message: `must be a YAML mapping (key: value lines), got ${describe(located.data)}`,
        }),
      ],
    };
  }
  return {
    item: null,
    errors: issuesToErrors({ located, prefix: [], raw: located.data, issues: parsed.error.issues }),
  };
}

function issuesToErrors({
  located,
  prefix,
  raw,
  issues,
}: {
  located: LocatedYamlFile;
  prefix: PathPart[];
  raw: unknown;
  issues: readonly z.core.$ZodIssue[];
}): SeedError[] {
  return issues.flatMap((issue) => {
    const parts = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        errorIn({
          located,
          parts: [...prefix, ...parts, key],
          message: `unknown field "${key}" (check the spelling; see docs/seed-format.md)`,
        }),
      );
    }
    return [
      errorIn({ located, parts: [...prefix, ...parts], message: describeIssue({ issue, value: valueAt(raw, parts) }) }),
    ];
  });
}

function describeIssue({ issue, value }: { issue: z.core.$ZodIssue; value: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `required field is missing (expected ${issue.expected})`;
      if (
        issue.expected === 'string' &&
        (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
      ) {
        return `expected text, got ${describe(value)}: put it in quotes`;
      }
      return `expected ${issue.expected}, got ${describe(value)}`;
    case 'invalid_value':
      return `unknown value ${JSON.stringify(value)}; allowed: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be >= ${String(issue.minimum)}`;
    default:
      // Custom regex messages of the schemas ("must be a lower-case slug ...") are already readable.
      return value === undefined ? issue.message : `${issue.message} (got ${describe(value)})`;
  }
}

function valueAt(raw: unknown, parts: readonly PathPart[]): unknown {
  let value: unknown = raw;
  for (const part of parts) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
