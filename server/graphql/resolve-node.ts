/**
 * Turns any node id (entity, claim or source) into the drawn GraphNode shape. Used by paths
 * (whose store result has ids only) and edge evidence, whose ends may be claims.
 */
import type { GraphNode } from '../../domain/graph-types';
import type { Loaders } from './loaders';

export async function resolveGraphNode({ loaders, id }: { loaders: Loaders; id: string }): Promise<GraphNode> {
  const entity = await loaders.entities.load(id);
  if (entity) return { id, type: entity.type, label: entity.name, review: entity.review };
  const claim = await loaders.claims.load(id);
  if (claim) return { id, type: 'Claim', label: claim.summary, review: claim.review };
  const source = await loaders.sources.load(id);
  if (source) return { id, type: 'Source', label: source.title };
  // The store returned an id it cannot resolve: say so rather than draw a wrong type.
  throw new Error(`node ${id} is neither an entity, a claim nor a source`);
}
