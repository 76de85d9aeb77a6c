/**
 * The extractor: one article's text in, one proposed seed folder out. Pure and deterministic
 * (no I/O, no model download), so `npm run ingest` and a later `proposeSource` mutation share it.
 */
import type { DraftEntity, ExistingSeed, IngestMeta, SeedFolderDraft } from './draft-types';
import { buildEntityIndex } from './entities';
import { extractClaims } from './extract-claims';
import { nameKey, slugify } from './names';
import { findQuotes } from './quotes';
import { mergeRelationships, relationshipsIn } from './relationships';
import { blocksOf, splitParagraphs, splitSentences } from './segmentation';

export function extractSource({
  text,
  meta,
  existing,
}: {
  text: string;
  meta: IngestMeta;
  existing: ExistingSeed;
}): SeedFolderDraft {
  const takenIds = new Set(existing.takenIds);
  takenIds.add(meta.id);
  const paragraphs = splitParagraphs({ text });
  const sentences = paragraphs.flatMap((paragraph) => splitSentences({ text, paragraph }));
  const quotes = findQuotes({ text, paragraphs });
  const blocks = blocksOf({ sentences, quotes });
  const index = buildEntityIndex({ text, paragraphs, sentences, existing, takenIds });
  const author = authorOf({ meta, existing, index, takenIds });

  const { claims, unattributedQuotes } = extractClaims({
    text,
    paragraphs,
    blocks,
    quotes,
    index,
    author,
    meta,
    takenIds,
  });
  const relationships = mergeRelationships({
    found: claims.flatMap((claim) =>
      relationshipsIn({ text, span: claim, index }).map((f) => ({ ...f, claim: claim.id })),
    ),
  });
  const entities = index.entities.includes(author) ? index.entities : [...index.entities, author];
  return {
    source: {
      id: meta.id,
      title: meta.title,
      publisher: meta.publisher,
      url: meta.url,
      publishedAt: meta.publishedAt,
      author: author.id,
      notes:
        'Proposed by npm run ingest (seed/ingest): every entity, claim and relationship is review: proposed until a curator checks it.',
    },
    text,
    entities,
    claims,
    relationships,
    unattributedQuotes,
  };
}

/** The named author (reused when the seed or the text knows them), else an unnamed "author of <title>". */
function authorOf({
  meta,
  existing,
  index,
  takenIds,
}: {
  meta: IngestMeta;
  existing: ExistingSeed;
  index: ReturnType<typeof buildEntityIndex>;
  takenIds: Set<string>;
}): DraftEntity {
  if (meta.authorName) {
    const inText = index.byName(meta.authorName);
    if (inText && ['Person', 'Company', 'Organization', 'Regulator'].includes(inText.type)) return inText;
    const known = existing.entities.find((e) =>
      [e.name, ...e.aliases].some((n) => nameKey({ name: n }) === nameKey({ name: meta.authorName! })),
    );
    if (known && ['Person', 'Company', 'Organization', 'Regulator'].includes(known.type)) {
      return {
        id: known.id,
        type: known.type,
        name: known.name,
        aliases: [],
        description: 'Author of a source.',
        mentions: [],
        isNew: false,
      };
    }
    return {
      id: unique({ base: slugify({ text: meta.authorName }), takenIds }),
      type: 'Person',
      name: meta.authorName,
      aliases: [],
      description: `Author of “${meta.title}”.`,
      mentions: [],
      isNew: true,
    };
  }
  return {
    id: unique({ base: `${meta.id}-author`, takenIds }),
    type: 'Person',
    name: `Author of ${meta.title}`,
    aliases: [],
    description: `The unnamed author of “${meta.title}”; speaker of its unattributed assertions.`,
    mentions: [],
    isNew: true,
  };
}

function unique({ base, takenIds }: { base: string; takenIds: Set<string> }): string {
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);
  return id;
}
