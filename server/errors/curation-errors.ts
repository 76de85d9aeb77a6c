/**
 * Errors of the curation API. Each carries its GraphQL code and extensions, so
 * server/graphql/error-mapping.ts maps them with one rule (see docs/api.md, "Curation").
 */
import { ERROR_CODES, type ErrorCode } from '../../domain/error-codes';

/** One problem of a rejected write: the file (relative to the seed folder), the path inside it and why. */
export interface Problem {
  /** `sources/<id>/claims.yaml`, or `input` for an argument that never reached a file. */
  file: string;
  /** File-relative: `claims[3].quote`, `source.author`; an argument path for `input`. */
  path: string;
  /** 1-based line in the file as it would have been written, when known. */
  line: number | null;
  message: string;
}

export abstract class CurationError extends Error {
  abstract readonly code: ErrorCode;
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class ForbiddenError extends CurationError {
  override readonly name = 'ForbiddenError';
  readonly code = ERROR_CODES.FORBIDDEN;
}

export class UnauthenticatedError extends CurationError {
  override readonly name = 'UnauthenticatedError';
  readonly code = ERROR_CODES.UNAUTHENTICATED;
}

/** Every problem at once; nothing was written. */
export class ProblemsError extends CurationError {
  override readonly name = 'ProblemsError';
  readonly code = ERROR_CODES.BAD_USER_INPUT;
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
  override extensions() {
    return { problems: this.problems };
  }
}

export class ConflictError extends CurationError {
  override readonly name = 'ConflictError';
  readonly code = ERROR_CODES.CONFLICT;
  constructor(
    message: string,
    readonly sourceId: string,
    /** null: the source does not exist (any more). */
    readonly currentVersion: number | null,
  ) {
    super(message);
  }
  override extensions() {
    return { sourceId: this.sourceId, currentVersion: this.currentVersion };
  }
}

export class CurationNotFoundError extends CurationError {
  override readonly name = 'CurationNotFoundError';
  readonly code = ERROR_CODES.NOT_FOUND;
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
  override extensions() {
    return { argument: this.argument };
  }
}

/** The input problems of one argument, as a ProblemsError. */
export const inputProblems = ({ problems }: { problems: Omit<Problem, 'file' | 'line'>[] }) =>
  new ProblemsError(
    `${problems.length} problem(s) in the input: ${problems
      .map((p) => `${p.path}: ${p.message}`)
      .slice(0, 3)
      .join('; ')}`,
    problems.map((p) => ({ file: 'input', line: null, ...p })),
  );
