/**
 * All shortest undirected paths for the embedded store (graphology-shortest-path yields one; we need all).
 * A BFS from each end gives every node's distance to both ends; a node lies on a shortest path iff
 * the two add up to the path length. A depth-first walk over those nodes in id order yields node
 * sequences already sorted, and each sequence expands into its parallel-edge choices in edge-id
 * order, so we can stop at `limit` without enumerating everything.
 */
import type { Path } from '../../../domain/graph-types';
import type { RelationshipType } from '../../../domain/vocabulary';
import { compareIds, type EmbeddedGraph, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { ShortestPathsArgs } from './arguments';

interface Walk {
  graph: EmbeddedGraph;
  types: ReadonlySet<RelationshipType>;
  viaClaims: boolean;
}

/** Entities always; claims only when viaClaims; sources never (they would join every claim of a document). */
function walkable({ walk, id }: { walk: Walk; id: string }): boolean {
  const record = walk.graph.getNodeAttributes(id);
  return record.kind === 'entity' || (record.kind === 'claim' && walk.viaClaims);
}

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

/** Every combination of parallel edges along one node sequence, in edge-id order. */
function* edgeChoices(steps: string[][], prefix: string[] = []): Generator<string[]> {
  if (prefix.length === steps.length) {
    yield prefix;
    return;
  }
  for (const key of steps[prefix.length]) yield* edgeChoices(steps, [...prefix, key]);
}

export function shortestPathsBetween({ state, args }: { state: EmbeddedState; args: ShortestPathsArgs }): Path[] {
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
