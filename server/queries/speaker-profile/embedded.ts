/** `speakerProfile` on the embedded store: the speaker's SAID claims, its interest edges and the claims around them. */
import type { Claim } from '../../../domain/graph-types';
import type { Counterpart, SpeakerProfile, SpeakerTie, StanceTaken } from '../../../domain/speaker-profile';
import { INTEREST_RELATIONSHIP_TYPES } from '../../../domain/weighing';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import { claimNeighbours } from '../claim-supported-by/embedded';
import { isSelfInterested } from '../claim-interest/interest-rule';
import type { SpeakerProfileArguments } from './arguments';
import { profileOf } from './profile-rows';

const INTEREST_TYPES: readonly string[] = INTEREST_RELATIONSHIP_TYPES;

function allClaims({ state }: { state: EmbeddedState }): Claim[] {
  const claims: Claim[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'claim') claims.push(record.claim);
  });
  return claims;
}

function counterpartsOf({ state, id, mine }: { state: EmbeddedState; id: string; mine: Claim[] }): Counterpart[] {
  const pairs = new Map<string, { agree: Set<string>; disagree: Set<string> }>();
  const add = (c: Claim, o: Claim, how: 'agree' | 'disagree') => {
    if (o.speakerId === id || o.id === c.id) return;
    const entry = pairs.get(o.speakerId) ?? { agree: new Set<string>(), disagree: new Set<string>() };
    entry[how].add(JSON.stringify([c.id, o.id]));
    pairs.set(o.speakerId, entry);
  };
  const withStance = allClaims({ state }).filter((o) => o.topicId !== null && o.stance !== null);
  for (const c of mine) {
    for (const o of claimNeighbours({ state, id: c.id, type: 'SUPPORTS', direction: 'both' })) add(c, o, 'agree');
    for (const o of claimNeighbours({ state, id: c.id, type: 'CONTRADICTS', direction: 'both' })) add(c, o, 'disagree');
    if (c.topicId === null || c.stance === null) continue;
    for (const o of withStance) {
      if (o.topicId !== c.topicId) continue;
      if (o.stance === c.stance) add(c, o, 'agree');
      else if (o.subjectIds.some((s) => c.subjectIds.includes(s))) add(c, o, 'disagree');
    }
  }
  return [...pairs.entries()].map(([speakerId, { agree, disagree }]) => ({
    speakerId,
    agreements: agree.size,
    disagreements: disagree.size,
  }));
}

export function speakerProfile({
  state,
  args,
}: {
  state: EmbeddedState;
  args: SpeakerProfileArguments;
}): SpeakerProfile | null {
  const { graph } = state;
  const record = graph.hasNode(args.id) ? graph.getNodeAttributes(args.id) : null;
  if (record?.kind !== 'entity') return null;

  const mine: Claim[] = [];
  const tieEdges = new Map<string, string[]>();
  graph.forEachEdge(args.id, (_key, { edge }, from, to) => {
    if (edge.type === 'SAID' && from === args.id) {
      const claim = graph.getNodeAttributes(to);
      if (claim.kind === 'claim') mine.push(claim.claim);
    }
    const other = from === args.id ? to : from;
    if (INTEREST_TYPES.includes(edge.type) && other !== args.id)
      tieEdges.set(other, [...(tieEdges.get(other) ?? []), edge.id]);
  });

  const stances = new Map<string, StanceTaken>();
  let selfInterestedClaims = 0;
  for (const claim of mine) {
    if (claim.topicId !== null) {
      const key = JSON.stringify([claim.topicId, claim.stance]);
      const taken = stances.get(key) ?? { topicId: claim.topicId, stance: claim.stance, claims: 0 };
      stances.set(key, { ...taken, claims: taken.claims + 1 });
    }
    const source = graph.hasNode(claim.span.sourceId) ? graph.getNodeAttributes(claim.span.sourceId) : null;
    const authorId = source?.kind === 'source' ? source.source.authorId : null;
    if (isSelfInterested({ claim, authorId, tied: claim.subjectIds.some((s) => tieEdges.has(s)) }))
      selfInterestedClaims++;
  }
  const ties: SpeakerTie[] = [...tieEdges.entries()].map(([entityId, edgeIds]) => ({
    entityId,
    edgeIds,
    claims: mine.filter((claim) => claim.subjectIds.includes(entityId)).length,
  }));

  return profileOf({
    args,
    claims: mine.map(copyOf),
    claimCount: mine.length,
    stances: [...stances.values()],
    selfInterestedClaims,
    ties,
    counterparts: counterpartsOf({ state, id: args.id, mine }),
  });
}
