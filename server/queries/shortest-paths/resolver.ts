import { checkRelationshipTypes, intInRange, LIMITS } from '../../../store/query-limits';
import { NotFoundError } from '../../error-mapping';
import type { QueryResolvers } from '../../generated/resolvers-types';

/**
 * Unknown endpoints are a NOT_FOUND error naming the argument: an empty list would read as
 * "not connected", which is a different answer.
 */
export const paths: QueryResolvers['paths'] = async (_parent, args, { store, loaders }) => {
  const maxHops = intInRange({ argument: 'maxHops', value: args.maxHops, min: 1, max: LIMITS.MAX_HOPS, fallback: LIMITS.DEFAULT_HOPS });
  const relationshipTypes = checkRelationshipTypes('relationshipTypes', args.relationshipTypes);
  const [from, to] = await Promise.all([loaders.entities.load(args.from), loaders.entities.load(args.to)]);
  if (!from) throw new NotFoundError('from', `no entity with id "${args.from}"`);
  if (!to) throw new NotFoundError('to', `no entity with id "${args.to}"`);
  return store.shortestPaths({ from: args.from, to: args.to, maxHops, relationshipTypes, viaClaims: args.viaClaims ?? false });
};
