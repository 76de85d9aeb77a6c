import { LIMITS } from '../../../store/query-limits';
import { checkCursor, checkFirst, toClaimFilter } from '../../arguments';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const claims: QueryResolvers['claims'] = (_parent, { filter, first, after }, { store }) =>
  store.findClaims({
    filter: toClaimFilter({ filter }),
    first: checkFirst({ value: first, max: LIMITS.MAX_PAGE, fallback: LIMITS.DEFAULT_PAGE }),
    after: checkCursor({ after }),
  });
