/**
 * The embedded store's entity search index, built once per published state (states are immutable,
 * see embedded-graph.ts, so a WeakMap keyed by the state can never serve stale entities).
 *
 * It maps every search term of an entity (searchTermsOf over its name and aliases) to the entities
 * holding it, packed compactly: the sorted distinct terms, and per term a slice of one Int32Array of
 * entity numbers (CSR offsets), so the terms a query token matches -- contiguous ranges, see
 * matching-terms.ts -- give one contiguous run of postings each.
 */
import type { Entity } from '../../../domain/graph-types';
import { maxEditsFor, normalizeText, prepareNames, scoreToken, type PreparedName } from '../../domain/search-scoring';
import type { EmbeddedState } from '../../store/embedded/embedded-graph';
import { forEachMatchingTermRange } from './matching-terms';

export interface EntitySearchIndex {
  /** Entity number -> entity. */
  entities: readonly Entity[];
  /** Entity number -> its name and aliases, normalised and split into terms once (scorePreparedNames). */
  names: readonly (readonly PreparedName[])[];
  /** Distinct search terms in code-unit order. */
  terms: readonly string[];
  /** Term i's entity numbers are postings[postingStart[i] .. postingStart[i + 1]). */
  postingStart: Int32Array;
  postings: Int32Array;
}

const indexByState = new WeakMap<EmbeddedState, EntitySearchIndex>();

export function entitySearchIndexOf({ state }: { state: EmbeddedState }): EntitySearchIndex {
  let index = indexByState.get(state);
  if (!index) {
    index = buildIndex({ state });
    indexByState.set(state, index);
  }
  return index;
}

function buildIndex({ state }: { state: EmbeddedState }): EntitySearchIndex {
  const entities: Entity[] = [];
  const names: PreparedName[][] = [];
  const holders = new Map<string, number[]>();
  state.graph.forEachNode((_id, record) => {
    if (record.kind !== 'entity') return;
    const number = entities.length;
    entities.push(record.entity);
    const prepared = prepareNames([record.entity.name, ...record.entity.aliases]);
    names.push(prepared);
    // searchTermsOf over all names is the union of each name's terms.
    for (const term of new Set(prepared.flatMap((name) => name.terms))) {
      const list = holders.get(term);
      if (list) list.push(number);
      else holders.set(term, [number]);
    }
  });
  const terms = [...holders.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postingStart = new Int32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    postingStart[i] = total;
    total += holders.get(term)!.length;
  });
  postingStart[terms.length] = total;
  const postings = new Int32Array(total);
  terms.forEach((term, i) => postings.set(holders.get(term)!, postingStart[i]));
  return { entities, names, terms, postingStart, postings };
}

/** Below this many candidates, the remaining tokens are checked on the candidates' own terms, not walked. */
const DIRECT_CHECK_LIMIT = 256;

/**
 * Entities for which every query token matches one of their terms: a superset of those scoreNames()
 * scores above 0 (a name equal to or starting with the query has each token as a term or a term's
 * prefix), as entity numbers in no particular order. Tokens go cheapest first (exact/prefix, then the
 * longest fuzzy ones); once few candidates are left, the rest are tested with scoreToken on each
 * candidate's terms, which is exactly the condition the walk over all terms approximates from above.
 */
export function searchCandidates({ index, text }: { index: EntitySearchIndex; text: string }): number[] {
  const normalized = normalizeText(text);
  if (normalized === '') return [];
  const tokens = [...new Set(normalized.split(' '))].sort(
    (a, b) => maxEditsFor(a.length) - maxEditsFor(b.length) || b.length - a.length,
  );
  const { entities, names, terms, postingStart, postings } = index;
  // matched[e] === t: entity e matched the first t tokens. Tokens are bounded by the text length limit.
  const matched = new Uint16Array(entities.length);
  let candidates: number[] | null = null;
  tokens.forEach((token, t) => {
    if (candidates !== null && candidates.length <= DIRECT_CHECK_LIMIT) {
      candidates = candidates.filter((e) =>
        names[e].some((name) => name.terms.some((term) => scoreToken(token, term) > 0)),
      );
      return;
    }
    const next: number[] = [];
    forEachMatchingTermRange({
      terms,
      token,
      onRange: (lo, hi) => {
        for (let p = postingStart[lo]; p < postingStart[hi]; p++) {
          const entity = postings[p];
          if (matched[entity] !== t) continue;
          matched[entity] = t + 1;
          next.push(entity);
        }
      },
    });
    candidates = next;
  });
  return candidates ?? [];
}
