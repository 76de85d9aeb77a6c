/**
 * Between the GraphQL draft shape (SourceDraft / SourceInput) and seed-folder records: the same
 * fields as the YAML (docs/seed-format.md); nulls are dropped because every optional seed field
 * means the same when absent, and the review state is upper-case in GraphQL only.
 */
import { withoutNulls, type PlainFolder } from '../../seed/writer/folder-documents';
import type { SourceDraft, SourceInput } from '../graphql/generated/resolvers-types';

type Plain = Record<string, unknown>;

const reviewToYaml = (review: string | null | undefined) => (review ? review.toLowerCase() : null);

export function inputToPlain({ input }: { input: SourceInput }): Omit<PlainFolder, 'history'> {
  const { version: _version, ...source } = input.source;
  return {
    id: input.source.id,
    text: input.text,
    source: withoutNulls(source),
    entities: input.entities.map((e) =>
      withoutNulls({ ...e, mentions: e.mentions.map((m) => withoutNulls({ ...m })) }),
    ),
    claims: input.claims.map((c) =>
      withoutNulls({
        ...c,
        date: c.date ? withoutNulls({ ...c.date }) : null,
        figures: c.figures?.map((f) => withoutNulls({ ...f })),
        review: reviewToYaml(c.review),
      }),
    ),
    relationships: input.relationships.map((r) => withoutNulls({ ...r })),
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const int = (v: unknown) => (typeof v === 'number' ? v : null);
const list = <T>(v: unknown, map: (item: Plain) => T): T[] => (Array.isArray(v) ? (v as Plain[]).map(map) : []);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const span = (m: Plain) => ({
  quote: str(m.quote) ?? '',
  start: int(m.start),
  end: int(m.end),
  occurrence: int(m.occurrence),
});

/** Seed records (from the extractor or a folder) as a SourceDraft; shapes the loader would reject pass through as they are. */
export function plainToDraft({
  folder,
  version,
}: {
  folder: { source: Plain; text: string; entities: Plain[]; claims: Plain[]; relationships: Plain[] };
  version: number | null;
}): SourceDraft {
  const s = folder.source;
  return {
    source: {
      id: str(s.id) ?? '',
      title: str(s.title) ?? '',
      publisher: str(s.publisher),
      url: str(s.url),
      publishedAt: str(s.publishedAt),
      author: str(s.author),
      notes: str(s.notes),
      version,
    },
    text: folder.text,
    entities: folder.entities.map((e) => ({
      id: str(e.id) ?? '',
      type: e.type as SourceDraft['entities'][number]['type'],
      name: str(e.name) ?? '',
      aliases: strings(e.aliases),
      description: str(e.description) ?? '',
      mentions: list(e.mentions, span),
    })),
    claims: folder.claims.map((c) => ({
      ...span(c),
      id: str(c.id) ?? '',
      speaker: str(c.speaker) ?? '',
      about: strings(c.about),
      summary: str(c.summary) ?? '',
      kind: c.kind as SourceDraft['claims'][number]['kind'],
      date: (c.date ?? null) as SourceDraft['claims'][number]['date'],
      topic: str(c.topic),
      stance: str(c.stance),
      figures: list(
        c.figures,
        (f) => ({ chart: null, isLowerBound: false, ...f }) as SourceDraft['claims'][number]['figures'][number],
      ),
      supports: strings(c.supports),
      contradicts: strings(c.contradicts),
      review: c.review === 'proposed' ? 'PROPOSED' : c.review === 'accepted' ? 'ACCEPTED' : null,
    })),
    relationships: folder.relationships.map((r) => ({
      type: r.type as SourceDraft['relationships'][number]['type'],
      from: str(r.from) ?? '',
      to: str(r.to) ?? '',
      role: str(r.role),
      claims: strings(r.claims),
    })),
  };
}
