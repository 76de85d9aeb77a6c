import { checkNodeTypes, checkRelationshipTypes, intInRange, LIMITS } from '../../../store/query-limits';
import { checkSeedIds } from '../../arguments';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const neighbourhood: QueryResolvers['neighbourhood'] = (_parent, args, { store }) =>
  store.neighbourhood({
    ids: checkSeedIds({ ids: args.ids }),
    depth: intInRange({ argument: 'depth', value: args.depth, min: 0, max: LIMITS.MAX_DEPTH, fallback: LIMITS.DEFAULT_DEPTH }),
    relationshipTypes: checkRelationshipTypes('relationshipTypes', args.relationshipTypes),
    nodeTypes: checkNodeTypes('nodeTypes', args.nodeTypes),
    limit: intInRange({ argument: 'limit', value: args.limit, min: 1, max: LIMITS.MAX_NODES, fallback: LIMITS.DEFAULT_NODES }),
  });
