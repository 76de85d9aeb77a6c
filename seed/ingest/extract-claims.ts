/**
 * Turns blocks of text into claims: quotes (DIRECT_QUOTE) and reported speech
 * (REPORTED_STATEMENT) with the sieve's speaker, everything else that states a fact or a number
 * as the author's (AUTHOR_ASSERTION / STATISTIC). Claims never share a character.
 */
import type { ClaimKind } from '../../domain/vocabulary';
import type { AttributionRule, DraftClaim, DraftEntity, IngestMeta, Span } from './draft-types';
import { attributeQuote, attributeReported, type Attribution } from './attribution-sieve';
import type { EntityIndex } from './entities';
import { dateOf, figuresOf } from './figures-and-dates';
import { slugify } from './names';
import type { QuoteSpan } from './quotes';
import type { SpeakerMemory } from './referents';
import type { Paragraph, Sentence } from './segmentation';
import { relationshipsIn } from './relationships';

interface Piece extends Span {
  kind: 'quote' | 'reported' | 'author' | 'frame';
  attribution: Attribution | null;
  quote?: QuoteSpan;
  paragraph: number;
  block: Span;
}

/** "it", "the model", "the company": the nearest model or company named before. */
const REFERENT = /\b(it|its|the model|the company|the firm|the start-up|the lab)\b/i;

export function extractClaims({
  text,
  paragraphs,
  blocks,
  quotes,
  index,
  author,
  meta,
  takenIds,
}: {
  text: string;
  paragraphs: Paragraph[];
  blocks: Sentence[];
  quotes: QuoteSpan[];
  index: EntityIndex;
  author: DraftEntity;
  meta: IngestMeta;
  takenIds: Set<string>;
}): { claims: DraftClaim[]; unattributedQuotes: (Span & { text: string })[] } {
  const memory: SpeakerMemory = { spoken: [] };
  const pieces: Piece[] = [];
  for (const block of blocks) {
    if (paragraphs[block.paragraph]!.isHeading) continue;
    const inBlock = quotes.filter((q) => q.inner.start >= block.start && q.inner.start < block.end);
    if (inBlock.length === 0) {
      const attribution = attributeReported({ text, block, index, memory });
      if (attribution) memory.spoken.push({ entity: attribution.speaker, at: block.start });
      pieces.push({
        ...block,
        kind: attribution ? 'reported' : 'author',
        attribution,
        paragraph: block.paragraph,
        block,
      });
      continue;
    }
    let cursor = block.start;
    for (const q of inBlock) {
      if (q.start > cursor)
        pieces.push({
          start: cursor,
          end: q.start,
          kind: 'frame',
          attribution: null,
          paragraph: block.paragraph,
          block,
        });
      const attribution = attributeQuote({ text, block, quote: q, index, memory });
      if (attribution) memory.spoken.push({ entity: attribution.speaker, at: q.start });
      pieces.push({
        start: q.inner.start,
        end: Math.min(q.inner.end, block.end),
        kind: 'quote',
        attribution,
        quote: q,
        paragraph: block.paragraph,
        block,
      });
      cursor = Math.min(q.end, block.end);
    }
    if (cursor < block.end)
      pieces.push({
        start: cursor,
        end: block.end,
        kind: 'frame',
        attribution: null,
        paragraph: block.paragraph,
        block,
      });
  }

  // Quotes with no frame of their own: the quote they continue, then the paragraph's other statement.
  const quotePieces = pieces.filter((p) => p.kind === 'quote');
  for (const piece of quotePieces) {
    if (piece.attribution) continue;
    const continued =
      piece.quote!.continues !== null
        ? quotePieces.find((p) => p.quote === quotes[piece.quote!.continues!])
        : undefined;
    if (continued?.attribution) {
      piece.attribution = { speaker: continued.attribution.speaker, rule: 'quote-continued' };
      continue;
    }
    const sameParagraph = pieces.filter(
      (p) =>
        p.paragraph === piece.paragraph &&
        p !== piece &&
        (p.kind === 'quote' || p.kind === 'reported') &&
        p.attribution,
    );
    const nearest = [...sameParagraph].sort(
      (a, b) => Math.abs(a.start - piece.start) - Math.abs(b.start - piece.start),
    )[0];
    if (nearest) piece.attribution = { speaker: nearest.attribution!.speaker, rule: 'quote-in-attributed-paragraph' };
  }
  // A quote continued into the next paragraph takes its speaker from that paragraph's frame too.
  for (const piece of quotePieces) {
    if (piece.attribution) continue;
    const next = quotePieces.find(
      (p) => p.quote!.continues !== null && quotes[p.quote!.continues!] === piece.quote && p.attribution,
    );
    if (next) piece.attribution = { speaker: next.attribution!.speaker, rule: 'quote-continued' };
  }

  const unattributedQuotes: (Span & { text: string })[] = [];
  const claims: DraftClaim[] = [];
  const handledBlocks = new Set<Span>();
  for (const piece of pieces) {
    if (piece.kind === 'quote' && !piece.attribution) {
      if (!handledBlocks.has(piece.block)) {
        handledBlocks.add(piece.block);
        unattributedQuotes.push({ ...piece.block, text: text.slice(piece.block.start, piece.block.end) });
      }
    }
  }
  for (const piece of pieces) {
    const span = trimSpan({ text, span: piece });
    if (span.end <= span.start) continue;
    const words = text.slice(span.start, span.end).split(/\s+/).length;
    if (piece.kind === 'quote' || piece.kind === 'reported') {
      if (!piece.attribution) {
        // An unattributed quote stays the author's words only when the whole block has no speaker at all.
        const blockPieces = pieces.filter((p) => p.block === piece.block);
        if (
          piece.kind === 'quote' &&
          blockPieces.every((p) => !p.attribution) &&
          piece === blockPieces.find((p) => p.kind === 'quote')
        ) {
          const whole = trimSpan({ text, span: piece.block });
          claims.push(
            makeClaim({
              text,
              span: whole,
              kind: 'AUTHOR_ASSERTION',
              speaker: author,
              rule: 'author',
              index,
              meta,
              takenIds,
            }),
          );
        }
        continue;
      }
      const kind: ClaimKind = piece.kind === 'quote' ? 'DIRECT_QUOTE' : 'REPORTED_STATEMENT';
      claims.push(
        makeClaim({
          text,
          span,
          kind,
          speaker: piece.attribution.speaker,
          rule: piece.attribution.rule,
          index,
          meta,
          takenIds,
        }),
      );
      continue;
    }
    const blockPieces = pieces.filter((p) => p.block === piece.block);
    if (piece.kind === 'frame') {
      // The "said X, a partner at Y" frame is the author's, and worth a claim only when it states a fact edge.
      if (blockPieces.every((p) => p.kind !== 'quote' || !p.attribution)) continue;
      // "X praised the progress of Y, saying, ‘…’": the frame is X's own reported statement.
      const next = blockPieces.find((p) => p.start >= piece.end && p.kind === 'quote');
      if (next?.attribution?.rule === 'name-said-colon-quote' && words >= 8) {
        claims.push(
          makeClaim({
            text,
            span,
            kind: 'REPORTED_STATEMENT',
            speaker: next.attribution.speaker,
            rule: 'name-said-colon-quote',
            index,
            meta,
            takenIds,
          }),
        );
        continue;
      }
      if (words < 3 || relationshipsIn({ text, span, index }).length === 0) continue;
      claims.push(
        makeClaim({ text, span, kind: 'AUTHOR_ASSERTION', speaker: author, rule: 'author', index, meta, takenIds }),
      );
      continue;
    }
    const body = text.slice(span.start, span.end);
    if (words < 5 || body.endsWith('?')) continue;
    if (!/\d/.test(body) && index.within(span).length === 0) continue;
    claims.push(
      makeClaim({ text, span, kind: 'AUTHOR_ASSERTION', speaker: author, rule: 'author', index, meta, takenIds }),
    );
  }
  return { claims: claims.filter((c) => c.about.length > 0), unattributedQuotes };
}

function makeClaim({
  text,
  span,
  kind,
  speaker,
  rule,
  index,
  meta,
  takenIds,
}: {
  text: string;
  span: Span;
  kind: ClaimKind;
  speaker: DraftEntity;
  rule: AttributionRule;
  index: EntityIndex;
  meta: IngestMeta;
  takenIds: Set<string>;
}): DraftClaim {
  const quote = text.slice(span.start, span.end);
  const about = aboutOf({ text, span, speaker, index });
  const figures = figuresOf({ quote, label: index.entities.find((e) => e.id === about[0])?.name ?? speaker.name });
  const finalKind: ClaimKind = kind === 'AUTHOR_ASSERTION' && figures.length > 0 ? 'STATISTIC' : kind;
  const short = quote.length > 140 ? `${quote.slice(0, 137)}…` : quote;
  const summary =
    kind === 'AUTHOR_ASSERTION' ? short : `${speaker.name}: ${kind === 'DIRECT_QUOTE' ? `“${short}”` : short}`;
  const words = slugify({ text: quote })
    .split('-')
    .filter((w) => w.length > 2)
    .slice(0, 5)
    .join('-');
  const base = `${speaker.id.split('-').slice(0, 2).join('-')}-${words || 'claim'}`.slice(0, 60).replace(/-+$/, '');
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);
  return {
    id,
    speaker: speaker.id,
    about,
    quote,
    start: span.start,
    end: span.end,
    summary,
    kind: finalKind,
    date: dateOf({ quote, publishedAt: meta.publishedAt }),
    figures,
    rule,
  };
}

function aboutOf({
  text,
  span,
  speaker,
  index,
}: {
  text: string;
  span: Span;
  speaker: DraftEntity;
  index: EntityIndex;
}): string[] {
  const named = index.within(span).filter((e) => e.id !== speaker.id);
  const referent = REFERENT.exec(text.slice(span.start, span.end));
  if (referent) {
    const wanted = /model/i.test(referent[0])
      ? ['Model']
      : /company|firm|start-up|lab/i.test(referent[0])
        ? ['Company', 'Organization']
        : ['Model', 'Company'];
    const at = span.start + referent.index;
    // Only a referent named shortly before: "its" rarely reaches back further than a sentence or two.
    const before = [...index.mentions]
      .reverse()
      .find((m) => m.end <= at && at - m.end < 300 && wanted.includes(m.entity.type) && m.entity.id !== speaker.id);
    if (before && !named.includes(before.entity)) named.push(before.entity);
  }
  if (named.length > 0) return named.map((e) => e.id).slice(0, 20);
  return speaker.mentions.length > 0 || index.entities.includes(speaker) ? [speaker.id] : [];
}

function trimSpan({ text, span }: { text: string; span: Span }): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–“”"‘’'(-]/.test(text[start]!)) start += 1;
  while (end > start && /[\s,;:—–“”"‘(-]/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
