/**
 * Every id a seed file mentions must be defined somewhere: claim speakers and subjects,
 * relationship ends and claims, supports/contradicts targets, topics and their stances, and
 * the source author. Ids of items that failed their shape check count as defined (already reported).
 */
import type { PathPart, SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt, type LocatedItem } from '../loader/shape-check';
import type { SeedIndex } from './seed-index';

export function checkReferences({
  model,
  index,
  errors,
}: {
  model: SeedModel;
  index: SeedIndex;
  errors: SeedError[];
}): void {
  const known = (kind: 'entities' | 'claims' | 'topics', map: Map<string, unknown>) => (id: string) =>
    map.has(id) || model.invalidIds[kind].has(id) || model.unreadable.has(kind);
  const entityExists = known('entities', index.entities);
  const claimExists = known('claims', index.claims);
  const topicExists = known('topics', index.topics);

  const unknownEntity = (item: LocatedItem<unknown>, parts: PathPart[], id: string) =>
    errors.push(errorAt(item, parts, `unknown entity "${id}": define it in a sources/*/entities.yaml`));
  const unknownClaim = (item: LocatedItem<unknown>, parts: PathPart[], id: string) =>
    errors.push(errorAt(item, parts, `unknown claim "${id}": no claims.yaml defines it`));

  for (const folder of model.folders) {
    const author = folder.source?.value.author;
    if (folder.source && author && !entityExists(author)) unknownEntity(folder.source, ['author'], author);

    for (const claim of folder.claims) {
      const c = claim.value;
      if (!entityExists(c.speaker)) unknownEntity(claim, ['speaker'], c.speaker);
      c.about.forEach((id, i) => {
        if (!entityExists(id)) unknownEntity(claim, ['about', i], id);
      });
      for (const field of ['supports', 'contradicts'] as const) {
        c[field].forEach((id, i) => {
          if (id === c.id)
            errors.push(
              errorAt(claim, [field, i], `a claim cannot ${field === 'supports' ? 'support' : 'contradict'} itself`),
            );
          else if (!claimExists(id)) unknownClaim(claim, [field, i], id);
        });
      }
      checkTopicAndStance({ claim, index, topicExists, errors });
    }

    for (const rel of folder.relationships) {
      const r = rel.value;
      if (!entityExists(r.from)) unknownEntity(rel, ['from'], r.from);
      if (!entityExists(r.to)) unknownEntity(rel, ['to'], r.to);
      if (r.from === r.to) errors.push(errorAt(rel, ['to'], `relationship goes from "${r.from}" to itself`));
      r.claims.forEach((id, i) => {
        if (!claimExists(id)) unknownClaim(rel, ['claims', i], id);
      });
    }
  }
}

function checkTopicAndStance({
  claim,
  index,
  topicExists,
  errors,
}: {
  claim: LocatedItem<{ topic: string | null; stance: string | null }>;
  index: SeedIndex;
  topicExists: (id: string) => boolean;
  errors: SeedError[];
}): void {
  const { topic, stance } = claim.value;
  if (topic === null) {
    if (stance !== null)
      errors.push(errorAt(claim, ['stance'], `stance "${stance}" without a topic: add the topic it is a stance on`));
    return;
  }
  if (!topicExists(topic)) {
    errors.push(errorAt(claim, ['topic'], `unknown topic "${topic}": define it in topics.yaml`));
    return;
  }
  const stances = index.topics.get(topic)?.stances;
  if (stance !== null && stances && !stances.some((s) => s.id === stance)) {
    errors.push(
      errorAt(
        claim,
        ['stance'],
        `unknown stance "${stance}" for topic "${topic}"; allowed: ${stances.map((s) => s.id).join(', ')}`,
      ),
    );
  }
}
