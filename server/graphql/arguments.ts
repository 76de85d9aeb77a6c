/**
 * GraphQL argument checks, run before the store is called so every error names the GraphQL
 * argument (`depth`, `filter.text`) and its range, whichever store is behind. The ranges are the
 * store's own (server/store/query-limits.ts); the stores check again.
 */
import type { ClaimFilter } from '../../domain/graph-types';
import { decodeClaimCursor } from '../store/claim-cursor';
import { InvalidArgumentError } from '../store/store-errors';
import { checkIdList, checkText, intInRange, LIMITS } from '../store/query-limits';
import type { ClaimFilter as ClaimFilterInput, Maybe } from './generated/resolvers-types';

/** Most ids one `entities` call may ask for. */
export const MAX_ENTITY_IDS = LIMITS.MAX_PAGE;

export const checkFirst = ({ value, max, fallback }: { value: Maybe<number> | undefined; max: number; fallback: number }) =>
  intInRange({ argument: 'first', value, min: 1, max, fallback });

export function checkSeedIds({ ids }: { ids: readonly string[] }): string[] {
  if (ids.length === 0) throw new InvalidArgumentError('ids', `give 1 to ${LIMITS.MAX_SEED_IDS} ids, got 0`);
  return checkIdList({ argument: 'ids', ids, max: LIMITS.MAX_SEED_IDS });
}

export function toClaimFilter({ filter }: { filter: Maybe<ClaimFilterInput> | undefined }): ClaimFilter | undefined {
  if (!filter) return undefined;
  const result: ClaimFilter = {};
  if (filter.speaker != null) result.speakerId = filter.speaker;
  if (filter.about != null) result.aboutId = filter.about;
  if (filter.topic != null) result.topicId = filter.topic;
  if (filter.stance != null) result.stance = filter.stance;
  if (filter.kind != null) result.kind = filter.kind;
  if (filter.source != null) result.sourceId = filter.source;
  if (filter.text != null) result.text = checkText({ argument: 'filter.text', text: filter.text });
  return result;
}

/** Both stores share the cursor format, so a forged or truncated cursor is rejected here, naming `after`. */
export function checkCursor({ after }: { after: Maybe<string> | undefined }): string | null {
  if (after == null) return null;
  decodeClaimCursor({ cursor: after, argument: 'after' });
  return after;
}
