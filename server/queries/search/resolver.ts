import { checkEntityTypes, checkText, LIMITS } from '../../../store/query-limits';
import { checkFirst } from '../../arguments';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const search: QueryResolvers['search'] = (_parent, { text, types, first }, { store }) =>
  store.search({
    text: checkText({ argument: 'text', text }),
    types: checkEntityTypes('types', types),
    first: checkFirst({ value: first, max: LIMITS.MAX_SEARCH, fallback: LIMITS.DEFAULT_SEARCH }),
  });
