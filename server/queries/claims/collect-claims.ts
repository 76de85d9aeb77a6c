/**
 * Pages through store.findClaims for fields that return plain lists (whoSaid, stance claims, source
 * spans). Bounded: at most MAX_COLLECTED_CLAIMS claims, so a huge topic cannot make one field
 * walk the whole graph; the SDL documents the cap.
 */
import type { Claim, ClaimFilter } from '../../../domain/graph-types';
import type { GraphStore } from '../../store/graph-store';
import { LIMITS } from '../../../domain/limits';
import { parseClaimsArgs } from './arguments';

export const MAX_COLLECTED_CLAIMS = 1000;

export async function collectClaims({ store, filter }: { store: GraphStore; filter: ClaimFilter }): Promise<Claim[]> {
  const claims: Claim[] = [];
  let after: string | null = null;
  while (claims.length < MAX_COLLECTED_CLAIMS) {
    const page = await store.findClaims(parseClaimsArgs({ filter, first: LIMITS.MAX_PAGE, after }));
    claims.push(...page.claims);
    if (!page.hasNextPage || page.cursors.length === 0) break;
    after = page.cursors[page.cursors.length - 1];
  }
  return claims.slice(0, MAX_COLLECTED_CLAIMS);
}
