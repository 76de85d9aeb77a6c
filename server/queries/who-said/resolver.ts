import type { Claim } from '../../../domain/graph-types';
import { collectClaims } from '../claims/collect-claims';
import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import { loadKnown } from '../../graphql/loaders';

/** Groups the claims about one entity by speaker; speakers ordered by name, then id. */
export const whoSaid: QueryResolvers['whoSaid'] = async (_parent, { about }, { store, loaders }) => {
  const claims = await collectClaims({ store, filter: { aboutId: about } });
  const bySpeaker = new Map<string, Claim[]>();
  for (const claim of claims) bySpeaker.set(claim.speakerId, [...(bySpeaker.get(claim.speakerId) ?? []), claim]);
  const speakers = await loadKnown({ loader: loaders.entities, ids: [...bySpeaker.keys()] });
  speakers.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return speakers.map((speaker) => ({ speakerId: speaker.id, claims: bySpeaker.get(speaker.id) ?? [] }));
};
