import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import { parseNeighbourhoodArgs } from './arguments';

export const neighbourhood: QueryResolvers['neighbourhood'] = (_parent, args, { store }) =>
  store.neighbourhood(parseNeighbourhoodArgs(args));
