/** Every Mutation field, and the Source fields read from the seed folders (version, history). */
import type { MutationResolvers, SourceResolvers } from '../graphql/generated/resolvers-types';
import { deleteSource } from './delete-source/resolver';
import { mergeEntities } from './merge-entities/resolver';
import { proposeSource } from './propose-source/resolver';
import { reviewClaims } from './review-claims/resolver';
import { saveSource } from './save-source/resolver';
import { updateClaim } from './update-claim/resolver';
import { updateEntity } from './update-entity/resolver';

export const Mutation: MutationResolvers = {
  proposeSource,
  saveSource,
  reviewClaims,
  updateClaim,
  updateEntity,
  mergeEntities,
  deleteSource,
};

export const sourceCurationFields: Pick<SourceResolvers, 'version' | 'history'> = {
  // A source without a folder (a Neo4j loaded from elsewhere) is version 1 with no history.
  version: async (source, _args, { curation }) => (await curation?.sourceInfo({ id: source.id }))?.version ?? 1,
  history: async (source, _args, { curation }) => (await curation?.sourceInfo({ id: source.id }))?.history ?? [],
};
