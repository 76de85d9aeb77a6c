import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import { claimFilterOf, parseClaimsArgs } from './arguments';

export const claims: QueryResolvers['claims'] = (_parent, { filter, first, after }, { store }) =>
  store.findClaims(parseClaimsArgs({ filter: claimFilterOf({ filter }), first, after }));
