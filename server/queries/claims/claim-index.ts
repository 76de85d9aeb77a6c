/**
 * The embedded store's claim index, built once per published state (states are immutable, see
 * embedded-graph.ts, so a WeakMap keyed by the state is always consistent with the writes): every claim
 * in page order (sourceId, span.start, id), and per word, speaker, subject, topic and source the
 * positions of its claims in that order, so a filter intersects short ascending lists instead of
 * testing (and tokenising) every claim.
 */
import type { Claim } from '../../../domain/graph-types';
import { tokenize } from '../../domain/search-scoring';
import type { EmbeddedState } from '../../store/embedded/embedded-graph';
import { buildPostingLists, type PostingLists } from '../../store/embedded/posting-lists';
import { claimOrderKeyOf, compareClaimOrder } from '../../store/claim-cursor';

export interface ClaimIndex {
  /** Every claim in page order; the lists below hold positions in this array. */
  ordered: readonly Claim[];
  /** 0 .. ordered.length - 1, for filters without an indexed condition. */
  everyPosition: Int32Array;
  /** The distinct words of quote and summary (tokenize), as the text filter matches them. */
  byWord: PostingLists;
  bySpeaker: PostingLists;
  /** Each of subjectIds. */
  byAbout: PostingLists;
  byTopic: PostingLists;
  bySource: PostingLists;
}

const indexByState = new WeakMap<EmbeddedState, ClaimIndex>();

export function claimIndexOf({ state }: { state: EmbeddedState }): ClaimIndex {
  let index = indexByState.get(state);
  if (!index) {
    index = buildClaimIndex({ state });
    indexByState.set(state, index);
  }
  return index;
}

function buildClaimIndex({ state }: { state: EmbeddedState }): ClaimIndex {
  const ordered: Claim[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'claim') ordered.push(record.claim);
  });
  ordered.sort((a, b) => compareClaimOrder(claimOrderKeyOf(a), claimOrderKeyOf(b)));
  const count = ordered.length;
  const lists = (keysOf: (claim: Claim) => Iterable<string>) =>
    buildPostingLists({ count, keysOf: (position) => keysOf(ordered[position]) });
  return {
    ordered,
    everyPosition: Int32Array.from({ length: count }, (_, position) => position),
    byWord: lists((claim) => [...tokenize(claim.quote), ...tokenize(claim.summary)]),
    bySpeaker: lists((claim) => [claim.speakerId]),
    byAbout: lists((claim) => claim.subjectIds),
    byTopic: lists((claim) => (typeof claim.topicId === 'string' ? [claim.topicId] : [])),
    bySource: lists((claim) => [claim.span.sourceId]),
  };
}
