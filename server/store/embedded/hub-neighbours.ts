/**
 * The distinct neighbours of a hub (a node with HUB_DEGREE or more edges), computed once per published
 * state and node (states are immutable, see embedded-graph.ts). A walk through a hub then looks at each
 * neighbour once -- with a bit per relationship type joining them -- instead of at every parallel edge:
 * the synthetic hub has 100k edges to about 8k entities at full size.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../domain/vocabulary';
import type { EmbeddedState, NodeRecord } from './embedded-graph';

export const HUB_DEGREE = 1024;

export interface HubNeighbours {
  ids: readonly string[];
  records: readonly NodeRecord[];
  /** Bit i set: some edge of RELATIONSHIP_TYPES[i] joins the hub and ids[n] (either direction). */
  typeMasks: Int32Array;
}

const TYPE_BIT = new Map<RelationshipType, number>(RELATIONSHIP_TYPES.map((type, i) => [type, 1 << i]));
if (RELATIONSHIP_TYPES.length > 31) throw new Error('hub-neighbours: more relationship types than bits in an Int32');

/** The mask of the given relationship types, to test against typeMasks. */
export const typeMaskOf = ({ types }: { types: Iterable<RelationshipType> }): number =>
  [...types].reduce((mask, type) => mask | (TYPE_BIT.get(type) ?? 0), 0);

const hubsByState = new WeakMap<EmbeddedState, Map<string, HubNeighbours>>();

/** The hub's neighbours (self-loops left out), or null when `id` has fewer than HUB_DEGREE edges. */
export function hubNeighboursOf({ state, id }: { state: EmbeddedState; id: string }): HubNeighbours | null {
  if (state.graph.degree(id) < HUB_DEGREE) return null;
  let hubs = hubsByState.get(state);
  if (!hubs) {
    hubs = new Map();
    hubsByState.set(state, hubs);
  }
  let hub = hubs.get(id);
  if (!hub) {
    const slot = new Map<string, number>();
    const ids: string[] = [];
    const records: NodeRecord[] = [];
    const masks: number[] = [];
    state.graph.forEachEdge(id, (_key, { edge }, source, target, sourceRecord, targetRecord) => {
      const other = source === id ? target : source;
      if (other === id) return;
      let n = slot.get(other);
      if (n === undefined) {
        n = ids.length;
        slot.set(other, n);
        ids.push(other);
        records.push(source === id ? targetRecord : sourceRecord);
        masks.push(0);
      }
      masks[n] |= TYPE_BIT.get(edge.type) ?? 0;
    });
    hub = { ids, records, typeMasks: Int32Array.from(masks) };
    hubs.set(id, hub);
  }
  return hub;
}
