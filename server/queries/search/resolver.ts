import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import { parseSearchArgs } from './arguments';

export const search: QueryResolvers['search'] = (_parent, args, { store }) => store.search(parseSearchArgs(args));
