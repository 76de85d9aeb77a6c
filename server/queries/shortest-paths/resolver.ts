import { raise } from '../../errors/api-errors';
import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import { parseShortestPathsArgs } from './arguments';

/**
 * Unknown endpoints are a NOT_FOUND error naming the argument: an empty list would read as
 * "not connected", which is a different answer.
 */
export const paths: QueryResolvers['paths'] = async (_parent, input, { store, loaders }) => {
  const args = parseShortestPathsArgs(input);
  const [from, to] = await Promise.all([loaders.entities.load(args.from), loaders.entities.load(args.to)]);
  if (!from) throw raise.notFound({ argument: 'from', message: `no entity with id "${args.from}"` });
  if (!to) throw raise.notFound({ argument: 'to', message: `no entity with id "${args.to}"` });
  return store.shortestPaths(args);
};
