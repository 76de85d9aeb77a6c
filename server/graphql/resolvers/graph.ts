/** Edge, GraphNode, Path, EdgeEvidence and Stats: the shapes the graph view draws. */
import { isReviewed } from '../../../domain/review';
import { isEntityType } from '../../../domain/vocabulary';
import type { Resolvers } from '../generated/resolvers-types';
import { loadKnown } from '../loaders';
import { resolveGraphNode } from '../resolve-node';

/** "leads (CEO)": the type in words, with the role when the source gives one. */
export function edgeLabel({ type, role }: { type: string; role: string | null }): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return role ? `${words} (${role})` : words;
}

export const graphResolvers: Pick<Resolvers, 'Edge' | 'GraphNode' | 'Path' | 'EdgeEvidence' | 'Stats'> = {
  Edge: {
    label: (edge) => edgeLabel(edge),
    claims: (edge, _args, { loaders }) => loadKnown({ loader: loaders.claims, ids: edge.claimIds }),
    reviewed: (edge) => isReviewed(edge),
  },
  GraphNode: {
    reviewed: (node) => isReviewed(node),
    entity: (node, _args, { loaders }) => (isEntityType(node.type) ? loaders.entities.load(node.id) : null),
    claim: (node, _args, { loaders }) => (node.type === 'Claim' ? loaders.claims.load(node.id) : null),
    source: (node, _args, { loaders }) => (node.type === 'Source' ? loaders.sources.load(node.id) : null),
  },
  Path: {
    // Claim ids resolve to null in the entity loader, so `nodes` keeps only the entities (see SDL).
    nodes: (path, _args, { loaders }) => loadKnown({ loader: loaders.entities, ids: path.nodeIds }),
    steps: (path, _args, { loaders }) => Promise.all(path.nodeIds.map((id) => resolveGraphNode({ loaders, id }))),
    edges: (path, _args, { loaders }) => loadKnown({ loader: loaders.edges, ids: path.edgeIds }),
    length: (path) => path.edgeIds.length,
    subgraph: async (path, _args, { loaders }) => {
      const [nodes, edges] = await Promise.all([
        Promise.all(path.nodeIds.map((id) => resolveGraphNode({ loaders, id }))),
        loadKnown({ loader: loaders.edges, ids: path.edgeIds }),
      ]);
      return {
        nodes,
        edges: [...edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
        truncated: false,
        omittedNodes: 0,
        hubs: [],
      };
    },
  },
  EdgeEvidence: {
    edge: (edge) => edge,
    fromNode: (edge, _args, { loaders }) => resolveGraphNode({ loaders, id: edge.from }),
    toNode: (edge, _args, { loaders }) => resolveGraphNode({ loaders, id: edge.to }),
    claims: (edge, _args, { loaders }) => loadKnown({ loader: loaders.claims, ids: edge.claimIds }),
  },
  Stats: {
    totalNodes: (stats) => stats.nodes.reduce((sum, n) => sum + n.count, 0),
    totalRelationships: (stats) => stats.relationships.reduce((sum, r) => sum + r.count, 0),
  },
};
