/** Runs the extractor on a short text with no seed root, for the rule tests. */
import type { DraftClaim, SeedFolderDraft } from '../../seed/ingest/draft-types';
import { extractSource } from '../../seed/ingest/extract-source';

export function extract({ text, authorName = null }: { text: string; authorName?: string | null }): SeedFolderDraft {
  return extractSource({
    text,
    meta: { id: 'rule-test', title: 'Rule test', publisher: null, url: null, publishedAt: '2024-06-01', authorName },
    existing: { entities: [], takenIds: new Set() },
  });
}

/** The claim holding `words`, with its speaker's name. */
export function claimWith({
  draft,
  words,
}: {
  draft: SeedFolderDraft;
  words: string;
}): (DraftClaim & { speakerName: string }) | null {
  const at = draft.text.indexOf(words);
  const claim = draft.claims.find((c) => c.start <= at && c.end >= at + words.length);
  if (!claim) return null;
  return { ...claim, speakerName: draft.entities.find((e) => e.id === claim.speaker)!.name };
}
