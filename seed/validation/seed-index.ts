/** Lookups shared by the cross-file rules: the first definition of each claim and topic id. */
import type { ClaimItem, SeedModel, SourceFolder, TopicItem } from '../loader/seed-model';
import type { LocatedItem } from '../loader/shape-check';
import type { MergedEntity } from './entity-merge';

export interface SeedIndex {
  entities: Map<string, MergedEntity>;
  claims: Map<string, { folder: SourceFolder; item: LocatedItem<ClaimItem> }>;
  topics: Map<string, TopicItem>;
}

export function indexSeed({ model, entities }: { model: SeedModel; entities: Map<string, MergedEntity> }): SeedIndex {
  const claims: SeedIndex['claims'] = new Map();
  for (const folder of model.folders) {
    for (const item of folder.claims) if (!claims.has(item.value.id)) claims.set(item.value.id, { folder, item });
  }
  const topics = new Map<string, TopicItem>();
  for (const topic of model.topics) if (!topics.has(topic.value.id)) topics.set(topic.value.id, topic.value);
  return { entities, claims, topics };
}
