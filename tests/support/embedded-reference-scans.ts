/**
 * The embedded store's pre-index implementations (a scan of every record per call), kept as references:
 * tests/unit/embedded-indexes.test.ts checks that the indexed versions answer exactly the same.
 */
import type { Claim, Edge, GraphNode, Path, SearchHit, Subgraph } from '../../domain/graph-types';
import { LIMITS } from '../../domain/limits';
import type { NodeType, RelationshipType } from '../../domain/vocabulary';
import { compareHits, normalizeText, scoreNames, tokenize } from '../../server/domain/search-scoring';
import type { ClaimsArgs } from '../../server/queries/claims/arguments';
import type { NeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import type { SearchArgs } from '../../server/queries/search/arguments';
import type { ShortestPathsArgs } from '../../server/queries/shortest-paths/arguments';
import { edgeChoices, walkable, type Walk } from '../../server/queries/shortest-paths/embedded';
import { claimOrderKeyOf, compareClaimOrder } from '../../server/store/claim-cursor';
import {
  compareIds,
  copyOf,
  graphNodeOf,
  nodeTypeOf,
  type EmbeddedState,
} from '../../server/store/embedded/embedded-graph';

/** The pre-index search: score every entity. */
export function referenceSearch({ state, args }: { state: EmbeddedState; args: SearchArgs }): SearchHit[] {
  if (normalizeText(args.text) === '') return [];
  const hits: SearchHit[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind !== 'entity' || (args.types && !args.types.includes(record.entity.type))) return;
    const score = scoreNames({ query: args.text, names: [record.entity.name, ...record.entity.aliases] });
    if (score > 0) hits.push({ entity: record.entity, score });
  });
  hits.sort((a, b) => compareHits({ score: a.score, ...a.entity }, { score: b.score, ...b.entity }));
  return hits.slice(0, args.first);
}

/** The pre-index claims filter: test every claim, in page order. */
export function referenceClaims({ state, args }: { state: EmbeddedState; args: ClaimsArgs }): Claim[] {
  const { filter } = args;
  const all: Claim[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'claim') all.push(record.claim);
  });
  all.sort((a, b) => compareClaimOrder(claimOrderKeyOf(a), claimOrderKeyOf(b)));
  return all.filter((claim) => {
    if (filter.words !== null) {
      const present = new Set([...tokenize(claim.quote), ...tokenize(claim.summary)]);
      if (filter.words.length === 0 || !filter.words.every((word) => present.has(word))) return false;
    }
    return (
      (filter.speakerId === undefined || claim.speakerId === filter.speakerId) &&
      (filter.aboutId === undefined || claim.subjectIds.includes(filter.aboutId)) &&
      (filter.topicId === undefined || claim.topicId === filter.topicId) &&
      (filter.stance === undefined || claim.stance === filter.stance) &&
      (filter.kind === undefined || claim.kind === filter.kind) &&
      (filter.sourceId === undefined || claim.span.sourceId === filter.sourceId) &&
      (filter.reviewed === undefined || (claim.review !== 'proposed') === filter.reviewed)
    );
  });
}

/** The pre-bidirectional shortest paths: a full BFS from each end (same Walk and walkable rule). */

/** Walkable neighbours of `id` with the ids of the edges joining them, sorted by edge id. */
function neighboursOf({ walk, id }: { walk: Walk; id: string }): Map<string, string[]> {
  const result = new Map<string, string[]>();
  walk.graph.forEachEdge(id, (key, { edge }, source, target) => {
    const other = source === id ? target : source;
    if (other === id || !walk.types.has(edge.type) || !walkable({ walk, id: other })) return;
    result.set(other, [...(result.get(other) ?? []), key]);
  });
  for (const keys of result.values()) keys.sort(compareIds);
  return result;
}

function distancesFrom({
  walk,
  start,
  maxDepth,
  stopAt,
}: {
  walk: Walk;
  start: string;
  maxDepth: number;
  stopAt?: string;
}) {
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let level = 1; level <= maxDepth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighboursOf({ walk, id }).keys()) {
        if (distance.has(other)) continue;
        distance.set(other, level);
        next.push(other);
      }
    }
    if (stopAt !== undefined && distance.has(stopAt)) break;
    frontier = next;
  }
  return distance;
}

export function referenceShortestPaths({ state, args }: { state: EmbeddedState; args: ShortestPathsArgs }): Path[] {
  const { from, to, maxHops, limit, viaClaims } = args;
  const types = new Set(args.relationshipTypes);
  const walk: Walk = { graph: state.graph, types, viaClaims };

  const { graph } = state;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  if (!walkable({ walk, id: from }) || !walkable({ walk, id: to })) return [];
  if (from === to) return [{ nodeIds: [from], edgeIds: [] }];

  const fromStart = distancesFrom({ walk, start: from, maxDepth: maxHops, stopAt: to });
  const length = fromStart.get(to);
  if (length === undefined) return [];
  const fromEnd = distancesFrom({ walk, start: to, maxDepth: length });

  const paths: Path[] = [];
  const visit = (nodeIds: string[], steps: string[][]): void => {
    const id = nodeIds[nodeIds.length - 1];
    if (id === to) {
      for (const edgeIds of edgeChoices(steps)) {
        if (paths.length >= limit) return;
        paths.push({ nodeIds: [...nodeIds], edgeIds });
      }
      return;
    }
    const next = [...neighboursOf({ walk, id }).entries()]
      .filter(([other]) => fromStart.get(other) === nodeIds.length && fromEnd.get(other) === length - nodeIds.length)
      .sort((a, b) => compareIds(a[0], b[0]));
    for (const [other, keys] of next) {
      if (paths.length >= limit) return;
      visit([...nodeIds, other], [...steps, keys]);
    }
  };
  visit([from], []);
  return paths;
}

/** The pre-selection neighbourhood: every found node ranked by one sort, edges copied with structuredClone. */
export function referenceNeighbourhood({ state, args }: { state: EmbeddedState; args: NeighbourhoodArgs }): Subgraph {
  const { ids, depth, limit } = args;
  const relationshipTypes = new Set<RelationshipType>(args.relationshipTypes);
  const nodeTypes = new Set<NodeType>(args.nodeTypes);
  const { graph } = state;

  const distance = new Map<string, number>();
  let frontier = [...new Set(ids)].filter((id) => graph.hasNode(id));
  frontier.forEach((id) => distance.set(id, 0));
  // Whole levels are expanded so the (distance, id) order is exact; stop once the count is past what we report.
  const hubs: string[] = [];
  for (let level = 1; level <= depth && frontier.length > 0 && distance.size < limit + LIMITS.COUNT_CAP; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (level > 1 && graph.degree(id) > LIMITS.HUB_DEGREE) {
        hubs.push(id);
        continue;
      }
      graph.forEachEdge(id, (_key, { edge }, source, target) => {
        if (!relationshipTypes.has(edge.type)) return;
        const other = source === id ? target : source;
        if (distance.has(other) || !nodeTypes.has(nodeTypeOf({ record: graph.getNodeAttributes(other) }))) return;
        distance.set(other, level);
        next.push(other);
      });
    }
    frontier = next;
  }

  const ranked = [...distance.entries()].sort((a, b) => a[1] - b[1] || compareIds(a[0], b[0]));
  const included = ranked.slice(0, limit).map(([id]) => id);
  const includedSet = new Set(included);
  const nodes: GraphNode[] = included.map((id) => graphNodeOf({ id, record: graph.getNodeAttributes(id) }));
  const edges: Edge[] = [];
  for (const id of included) {
    graph.forEachOutEdge(id, (_key, { edge }, _source, target) => {
      if (relationshipTypes.has(edge.type) && includedSet.has(target)) edges.push(copyOf(edge));
    });
  }
  edges.sort((a, b) => compareIds(a.id, b.id));
  const omitted = Math.min(ranked.length - included.length, LIMITS.COUNT_CAP);
  const hubsShown = hubs.filter((id) => includedSet.has(id)).sort(compareIds);
  return { nodes, edges, truncated: omitted > 0, omittedNodes: omitted, hubs: hubsShown };
}
