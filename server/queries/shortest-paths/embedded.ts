/**
 * All shortest undirected paths for the embedded store (graphology-shortest-path yields one; we need all).
 *
 * The length comes from a bidirectional BFS that always grows the side whose frontier has fewer edges,
 * so a hub on one side (100k edges) is not expanded when the other side reaches the meeting level more
 * cheaply. A node at position i of a shortest path of length L lies at distance i from the start and
 * L - i from the end; the two BFS maps are complete up to their own depths (a + b = L), so every
 * position can be checked against at least one of them. A depth-first walk over the nodes passing
 * those checks, in id order, yields node sequences already sorted (steps that lead nowhere are only
 * possible within the start side's ball, which was the cheaper one), and each sequence expands into its
 * parallel-edge choices in edge-id order, so we can stop at `limit` without enumerating everything.
 */
import type { Path } from '../../../domain/graph-types';
import type { RelationshipType } from '../../../domain/vocabulary';
import { compareIds, type EmbeddedGraph, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { ShortestPathsArgs } from './arguments';

export interface Walk {
  graph: EmbeddedGraph;
  types: ReadonlySet<RelationshipType>;
  viaClaims: boolean;
}

/** Entities always; claims only when viaClaims; sources never (they would join every claim of a document). */
export function walkable({ walk, id }: { walk: Walk; id: string }): boolean {
  const record = walk.graph.getNodeAttributes(id);
  return record.kind === 'entity' || (record.kind === 'claim' && walk.viaClaims);
}

/** Calls step(other, edgeKey) for each walkable edge of `id` (both directions, self-loops skipped). */
function forEachStep({ walk, id, step }: { walk: Walk; id: string; step: (other: string, key: string) => void }) {
  walk.graph.forEachEdge(id, (key, { edge }, source, target) => {
    const other = source === id ? target : source;
    if (other !== id && walk.types.has(edge.type) && walkable({ walk, id: other })) step(other, key);
  });
}

interface Side {
  distance: Map<string, number>;
  frontier: string[];
  depth: number;
}

/** Grows one side by a level; returns the shortest length through a node the other side already holds. */
function grow({ walk, side, other }: { walk: Walk; side: Side; other: Side }): number {
  const level = side.depth + 1;
  const next: string[] = [];
  let meeting = Infinity;
  for (const id of side.frontier) {
    forEachStep({
      walk,
      id,
      step: (neighbour) => {
        if (side.distance.has(neighbour)) return;
        side.distance.set(neighbour, level);
        next.push(neighbour);
        const rest = other.distance.get(neighbour);
        if (rest !== undefined) meeting = Math.min(meeting, level + rest);
      },
    });
  }
  side.frontier = next;
  side.depth = level;
  return meeting;
}

const edgesOf = ({ walk, frontier }: { walk: Walk; frontier: readonly string[] }) =>
  frontier.reduce((sum, id) => sum + walk.graph.degree(id), 0);

/** Every combination of parallel edges along one node sequence, in edge-id order. */
export function* edgeChoices(steps: string[][], prefix: string[] = []): Generator<string[]> {
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

  const start: Side = { distance: new Map([[from, 0]]), frontier: [from], depth: 0 };
  const end: Side = { distance: new Map([[to, 0]]), frontier: [to], depth: 0 };
  let length = Infinity;
  while (length === Infinity && start.depth + end.depth < maxHops) {
    if (start.frontier.length === 0 || end.frontier.length === 0) return [];
    const growStart = edgesOf({ walk, frontier: start.frontier }) <= edgesOf({ walk, frontier: end.frontier });
    length = growStart ? grow({ walk, side: start, other: end }) : grow({ walk, side: end, other: start });
  }
  if (length === Infinity) return [];

  /** Necessary for `id` at `position` of a shortest path, and exact wherever one of the maps reaches. */
  const fits = (id: string, position: number): boolean =>
    (position > start.depth || start.distance.get(id) === position) &&
    (length - position > end.depth || end.distance.get(id) === length - position);

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
    if (nodeIds.length > length) return;
    const keysByNode = new Map<string, string[]>();
    forEachStep({
      walk,
      id,
      step: (other, key) => {
        if (!fits(other, nodeIds.length)) return;
        const keys = keysByNode.get(other);
        if (keys) keys.push(key);
        else keysByNode.set(other, [key]);
      },
    });
    const next = [...keysByNode.entries()].sort((a, b) => compareIds(a[0], b[0]));
    for (const [other, keys] of next) {
      if (paths.length >= limit) return;
      visit([...nodeIds, other], [...steps, keys.sort(compareIds)]);
    }
  };
  visit([from], []);
  return paths;
}
