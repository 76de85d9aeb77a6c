/**
 * `disputes` on the embedded store: pairs joined by CONTRADICTS (either direction), plus pairs taking
 * different stances of one topic while sharing a subject; participants are the speakers of both claims
 * and of the claims that SUPPORT either of them.
 */
import type { Claim } from '../../../domain/graph-types';
import type { DisputePage } from '../../../domain/weighing';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import { claimNeighbours } from '../claim-supported-by/embedded';
import type { DisputesArguments } from './arguments';
import { disputeOf, pageOf } from './dispute-rows';

export function disputes({ state, args }: { state: EmbeddedState; args: DisputesArguments }): DisputePage {
  const claims: Claim[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'claim') claims.push(record.claim);
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const pairs = new Map<string, { a: Claim; b: Claim; reasons: Set<string> }>();
  const add = (x: Claim, y: Claim, reason: string) => {
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const key = JSON.stringify([a.id, b.id]);
    const pair = pairs.get(key) ?? { a, b, reasons: new Set<string>() };
    pair.reasons.add(reason);
    pairs.set(key, pair);
  };

  state.graph.forEachEdge((_key, { edge }) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (edge.type === 'CONTRADICTS' && from && to && from.id !== to.id) add(from, to, 'CONTRADICTS');
  });
  const byTopic = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.topicId === null || claim.stance === null) continue;
    byTopic.set(claim.topicId, [...(byTopic.get(claim.topicId) ?? []), claim]);
  }
  for (const group of byTopic.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        if (x.stance !== y.stance && x.subjectIds.some((s) => y.subjectIds.includes(s))) add(x, y, 'OPPOSITE_STANCES');
      }
    }
  }

  const all = [...pairs.values()].map(({ a, b, reasons }) => {
    const supporters = [a, b].flatMap((c) => claimNeighbours({ state, id: c.id, type: 'SUPPORTS', direction: 'in' }));
    return disputeOf({
      found: {
        a: copyOf(a),
        b: copyOf(b),
        reasons: [...reasons],
        participantIds: [a.speakerId, b.speakerId, ...supporters.map((s) => s.speakerId)],
      },
    });
  });
  return pageOf({ all, args });
}
