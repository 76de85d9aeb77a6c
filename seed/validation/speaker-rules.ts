/**
 * Who can say things: a claim's speaker (and a source's author) must be an entity that can
 * speak, and an AUTHOR_ASSERTION is by definition said by the source's author.
 */
import type { EntityType } from '../../domain/vocabulary';
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt } from '../loader/shape-check';
import type { SeedIndex } from './seed-index';

/** Models, places, events and benchmarks are talked about; they do not make claims. */
export const SPEAKER_ENTITY_TYPES: readonly EntityType[] = ['Person', 'Company', 'Organization', 'Regulator'];

export function checkSpeakers({
  model,
  index,
  errors,
}: {
  model: SeedModel;
  index: SeedIndex;
  errors: SeedError[];
}): void {
  const cannotSpeak = (id: string) => {
    const entity = index.entities.get(id);
    return entity && !SPEAKER_ENTITY_TYPES.includes(entity.type) ? entity.type : null;
  };
  const allowed = SPEAKER_ENTITY_TYPES.join(', ');

  for (const folder of model.folders) {
    const source = folder.source;
    const author = source?.value.author ?? null;
    if (source && author) {
      const type = cannotSpeak(author);
      if (type)
        errors.push(
          errorAt(source, ['author'], `author "${author}" is a ${type}; an author must be one of: ${allowed}`),
        );
    }
    for (const claim of folder.claims) {
      const { speaker, kind } = claim.value;
      const type = cannotSpeak(speaker);
      if (type)
        errors.push(
          errorAt(claim, ['speaker'], `speaker "${speaker}" is a ${type}; a speaker must be one of: ${allowed}`),
        );
      // An author that is not a known entity is reported once, on source.author, not on every claim.
      if (kind !== 'AUTHOR_ASSERTION' || !source || (author !== null && !index.entities.has(author))) continue;
      if (author === null) {
        errors.push(
          errorAt(claim, ['kind'], 'AUTHOR_ASSERTION needs an author: set author in source.yaml (or use another kind)'),
        );
      } else if (speaker !== author) {
        errors.push(
          errorAt(
            claim,
            ['speaker'],
            `an AUTHOR_ASSERTION is said by the source's author "${author}", not "${speaker}"`,
          ),
        );
      }
    }
  }
}
