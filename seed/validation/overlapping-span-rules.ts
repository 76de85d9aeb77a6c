/**
 * Two claims of one source may not share a code unit: each sentence part is attributed once,
 * so highlighting a claim in the text is never ambiguous. Entity mentions may overlap anything.
 */
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt } from '../loader/shape-check';
import type { ResolvedSpans } from './quote-span-rules';

export function checkOverlappingSpans({
  model,
  spans,
  errors,
}: {
  model: SeedModel;
  spans: ResolvedSpans;
  errors: SeedError[];
}): void {
  for (const folder of model.folders) {
    const placed = folder.claims
      .flatMap((claim) => {
        const offsets = spans.claims.get(claim);
        return offsets ? [{ claim, ...offsets }] : [];
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    // Sweep in start order, remembering the span reaching furthest right so far: any later
    // span starting before that end overlaps it.
    let reach: (typeof placed)[number] | null = null;
    for (const current of placed) {
      if (reach && current.start < reach.end) {
        errors.push(
          errorAt(
            current.claim,
            ['quote'],
            `claim "${current.claim.value.id}" (${current.start}-${current.end}) overlaps claim "${reach.claim.value.id}" ` +
              `(${reach.start}-${reach.end}) in the same source: claims may not share text`,
          ),
        );
      }
      if (!reach || current.end > reach.end) reach = current;
    }
  }
}
