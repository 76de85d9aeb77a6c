/**
 * The source draft the review screen edits (the SourceDraft proposeSource returns, minus urql's
 * __typename) and the pure edits on it: pick a speaker, add a new entity or a missed claim, merge a
 * proposed entity into an existing one, accept or reject claims, and turn it into saveSource's input.
 */
import type { ClaimKind, EntityType } from '../../../domain/vocabulary';

export type ReviewState = 'PROPOSED' | 'ACCEPTED';

export interface SpanDraft {
  quote: string;
  start: number | null;
  end: number | null;
  occurrence: number | null;
}

export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string;
  mentions: SpanDraft[];
}

export interface ClaimDraft {
  id: string;
  speaker: string;
  about: string[];
  quote: string;
  start: number | null;
  end: number | null;
  occurrence: number | null;
  summary: string;
  kind: ClaimKind;
  date: { text: string; iso: string | null; precision: string; basis: string } | null;
  topic: string | null;
  stance: string | null;
  figures: {
    measure: string;
    label: string;
    value: number;
    unit: string;
    chart: string | null;
    isLowerBound: boolean;
  }[];
  supports: string[];
  contradicts: string[];
  review: ReviewState | null;
}

export interface RelationshipDraft {
  type: string;
  from: string;
  to: string;
  role: string | null;
  claims: string[];
}

export interface SourceMeta {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  author: string | null;
  notes: string | null;
  version: number | null;
}

export interface Draft {
  source: SourceMeta;
  text: string;
  entities: EntityDraft[];
  claims: ClaimDraft[];
  relationships: RelationshipDraft[];
}

/** What the curator decided per claim; `undecided` claims are saved still proposed. */
export type Decision = 'undecided' | 'accept' | 'reject';

/** An entity the text does not define but the graph does (picked through search). */
export interface KnownEntity {
  id: string;
  name: string;
  type: string;
}

/** Types that may speak (seed/validation/speaker-rules.ts). */
export const SPEAKER_TYPES: readonly string[] = ['Person', 'Company', 'Organization', 'Regulator'];

export function slugOf({ text }: { text: string }): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'item';
}

/** `base`, or `base-2`, `base-3`... the first not in `taken`. */
export function uniqueId({ base, taken }: { base: string; taken: ReadonlySet<string> }): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const allIds = (draft: Draft) => new Set([...draft.entities.map((e) => e.id), ...draft.claims.map((c) => c.id)]);

/**
 * A new entity named in the text: its first mention is the first occurrence of the name. A name the
 * text does not contain is refused (every entity needs a verbatim mention), as is an empty one.
 */
export function addEntity({
  draft,
  name,
  type,
}: {
  draft: Draft;
  name: string;
  type: EntityType;
}): { ok: true; draft: Draft; id: string } | { ok: false; message: string } {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, message: 'Give the new entity a name.' };
  const start = draft.text.indexOf(trimmed);
  if (start < 0)
    return { ok: false, message: `“${trimmed}” does not occur in the text; an entity needs a verbatim mention.` };
  const existing = draft.entities.find((e) => e.name === trimmed && e.type === type);
  if (existing) return { ok: true, draft, id: existing.id };
  const id = uniqueId({ base: slugOf({ text: trimmed }), taken: allIds(draft) });
  const entity: EntityDraft = {
    id,
    type,
    name: trimmed,
    aliases: [],
    description: '',
    mentions: [{ quote: trimmed, start, end: start + trimmed.length, occurrence: null }],
  };
  return { ok: true, draft: { ...draft, entities: [...draft.entities, entity] }, id };
}

/** A claim the extractor missed, on the words selected in the text; the curator made it, so it is accepted. */
export function addClaim({
  draft,
  start,
  end,
}: {
  draft: Draft;
  start: number;
  end: number;
}): { ok: true; draft: Draft; id: string } | { ok: false; message: string } {
  const quote = draft.text.slice(start, end);
  const trimStart = start + (quote.length - quote.trimStart().length);
  const trimEnd = end - (quote.length - quote.trimEnd().length);
  if (trimEnd <= trimStart) return { ok: false, message: 'Select the words of the claim in the text first.' };
  const words = draft.text.slice(trimStart, trimEnd);
  const id = uniqueId({ base: slugOf({ text: words.split(/\s+/).slice(0, 8).join(' ') }), taken: allIds(draft) });
  const claim: ClaimDraft = {
    id,
    speaker: draft.source.author ?? '',
    about: [],
    quote: words,
    start: trimStart,
    end: trimEnd,
    occurrence: null,
    summary: words.length > 120 ? `${words.slice(0, 117)}…` : words,
    // The author's own words by default; picking another speaker makes it a reported statement (setSpeaker).
    kind: draft.source.author ? 'AUTHOR_ASSERTION' : 'REPORTED_STATEMENT',
    date: null,
    topic: null,
    stance: null,
    figures: [],
    supports: [],
    contradicts: [],
    review: 'ACCEPTED',
  };
  return { ok: true, draft: { ...draft, claims: [...draft.claims, claim] }, id };
}

export function updateClaim({
  draft,
  id,
  patch,
}: {
  draft: Draft;
  id: string;
  patch: Partial<Pick<ClaimDraft, 'speaker' | 'about' | 'kind' | 'summary'>>;
}): Draft {
  return { ...draft, claims: draft.claims.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/**
 * A new speaker. An AUTHOR_ASSERTION is the author's by definition (seed/validation/speaker-rules.ts),
 * so giving it another speaker makes it a reported statement.
 */
export function setSpeaker({ draft, id, speaker }: { draft: Draft; id: string; speaker: string }): Draft {
  const claim = draft.claims.find((c) => c.id === id);
  const kind =
    claim?.kind === 'AUTHOR_ASSERTION' && speaker !== draft.source.author ? 'REPORTED_STATEMENT' : claim?.kind;
  return updateClaim({ draft, id, patch: { speaker, ...(kind ? { kind } : {}) } });
}

/**
 * Merges the draft's entity `from` into the graph's entity `into`: every reference moves to `into.id`,
 * and this text's mentions stay, under the existing id, name and type (the loader unites definitions
 * of one id across folders; type and name must agree, so they are the existing entity's).
 */
export function mergeIntoExisting({ draft, from, into }: { draft: Draft; from: string; into: KnownEntity }): Draft {
  const merged = draft.entities.find((e) => e.id === from);
  if (!merged || from === into.id) return draft;
  const swap = (id: string) => (id === from ? into.id : id);
  const already = draft.entities.find((e) => e.id === into.id);
  const definition: EntityDraft = {
    id: into.id,
    type: into.type as EntityType,
    name: into.name,
    aliases: [
      ...new Set([...(already?.aliases ?? []), ...merged.aliases, ...(merged.name !== into.name ? [merged.name] : [])]),
    ],
    description: already?.description ?? merged.description,
    mentions: [...(already?.mentions ?? []), ...merged.mentions],
  };
  return {
    ...draft,
    source: { ...draft.source, author: draft.source.author === null ? null : swap(draft.source.author) },
    entities: [...draft.entities.filter((e) => e.id !== from && e.id !== into.id), definition],
    claims: draft.claims.map((c) => ({ ...c, speaker: swap(c.speaker), about: [...new Set(c.about.map(swap))] })),
    relationships: draft.relationships
      .map((r) => ({ ...r, from: swap(r.from), to: swap(r.to) }))
      .filter((r) => r.from !== r.to),
  };
}

/** The draft to save: rejected claims leave with every reference to them; accepted ones are marked so. */
export function decidedDraft({ draft, decisions }: { draft: Draft; decisions: ReadonlyMap<string, Decision> }): Draft {
  const rejected = new Set(draft.claims.filter((c) => decisions.get(c.id) === 'reject').map((c) => c.id));
  const keep = (id: string) => !rejected.has(id);
  return {
    ...draft,
    claims: draft.claims
      .filter((c) => keep(c.id))
      .map((c) => ({
        ...c,
        supports: c.supports.filter(keep),
        contradicts: c.contradicts.filter(keep),
        review: decisions.get(c.id) === 'accept' ? 'ACCEPTED' : c.review,
      })),
    relationships: draft.relationships
      .map((r) => ({ ...r, claims: r.claims.filter(keep) }))
      .filter((r) => r.claims.length > 0),
  };
}

/** What still blocks saving, in words (the server validates everything again). */
export function problemsOf({ draft }: { draft: Draft }): string[] {
  const problems: string[] = [];
  for (const c of draft.claims) {
    if (!c.speaker) problems.push(`Claim “${c.summary.slice(0, 40)}” has no speaker.`);
    if (c.about.length === 0)
      problems.push(`Claim “${c.summary.slice(0, 40)}” is about nothing: pick at least one subject.`);
    if (c.kind === 'AUTHOR_ASSERTION' && c.speaker !== draft.source.author) {
      problems.push(
        `Claim “${c.summary.slice(0, 40)}” is an author assertion but its speaker is not the author: change the kind.`,
      );
    }
  }
  return problems;
}

/** Copies only the fields saveSource takes: urql adds __typename to every object it returns. */
export function toSourceInput({ draft }: { draft: Draft }) {
  const span = (m: SpanDraft) => ({ quote: m.quote, start: m.start, end: m.end, occurrence: m.occurrence });
  const { id, title, publisher, url, publishedAt, author, notes, version } = draft.source;
  return {
    source: { id, title, publisher, url, publishedAt, author, notes, version },
    text: draft.text,
    entities: draft.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      description: e.description,
      mentions: e.mentions.map(span),
    })),
    claims: draft.claims.map((c) => ({
      id: c.id,
      speaker: c.speaker,
      about: c.about,
      quote: c.quote,
      start: c.start,
      end: c.end,
      occurrence: c.occurrence,
      summary: c.summary,
      kind: c.kind,
      date: c.date ? { text: c.date.text, iso: c.date.iso, precision: c.date.precision, basis: c.date.basis } : null,
      topic: c.topic,
      stance: c.stance,
      figures: c.figures.map((f) => ({
        measure: f.measure,
        label: f.label,
        value: f.value,
        unit: f.unit,
        chart: f.chart,
        isLowerBound: f.isLowerBound,
      })),
      supports: c.supports,
      contradicts: c.contradicts,
      review: c.review,
    })),
    relationships: draft.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      role: r.role,
      claims: r.claims,
    })),
  };
}

/** Where the claim sits in the text: its offsets, or the first occurrence of its quote. */
export function spanOf({
  text,
  claim,
}: {
  text: string;
  claim: Pick<ClaimDraft, 'quote' | 'start' | 'end'>;
}): { start: number; end: number } | null {
  if (claim.start !== null && claim.end !== null) return { start: claim.start, end: claim.end };
  const start = text.indexOf(claim.quote);
  return start < 0 ? null : { start, end: start + claim.quote.length };
}
