/**
 * The entity list of one article: names found in the text, grouped (short forms such as "Lee" or
 * "Lumen" join the full name said earlier), typed, matched against the seed root's entities
 * (name or alias, case/accent/possessive-insensitive) so reused ids join the existing graph,
 * and given every mention in the text.
 */
import type { EntityType } from '../../domain/vocabulary';
import type { DraftEntity, ExistingSeed, Span } from './draft-types';
import { guessEntityType, type Occurrence } from './entity-types';
import { escapeRegExp, nameKey, nameRuns, slugify, type NameRun } from './names';
import type { Paragraph, Sentence } from './segmentation';

export interface EntityMention extends Span {
  entity: DraftEntity;
}

export interface EntityIndex {
  entities: DraftEntity[];
  /** Every mention in text order, longest name first where two overlap. */
  mentions: EntityMention[];
  /** The entity a name (full, alias or short form) stands for. */
  byName(name: string): DraftEntity | null;
  /** Entities named inside a span. */
  within(span: Span): DraftEntity[];
}

const SPEECH_AFTER =
  /^,?\s+(said|says|added|argued|claimed|warned|told|noted|wrote|posted|stated|explained|announced)\b/;

export function buildEntityIndex({
  text,
  paragraphs,
  sentences,
  existing,
  takenIds,
}: {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  existing: ExistingSeed;
  takenIds: Set<string>;
}): EntityIndex {
  const starts = new Set(sentences.map((s) => s.start));
  const knownFirstWords = new Set(
    existing.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => n.split(' ')[0]!)),
  );
  const runs: NameRun[] = [];
  for (const sentence of sentences) {
    // Title-case headings ("China’s Race To Dominance") capitalise every word: not names.
    if (paragraphs[sentence.paragraph]!.isHeading && isTitleCase(text.slice(sentence.start, sentence.end))) continue;
    runs.push(...nameRuns({ text, span: sentence, sentenceStarts: starts, knownFirstWords }));
  }

  // Group by key; a one-word name that ends a person's name or starts a longer name said before is that entity.
  const groups = new Map<string, { name: string; runs: NameRun[]; aliases: Set<string> }>();
  for (const run of runs) {
    const key = nameKey({ name: run.text });
    const group = groups.get(key);
    if (group) group.runs.push(run);
    else groups.set(key, { name: run.text, runs: [run], aliases: new Set() });
  }
  for (const [key, group] of [...groups]) {
    if (group.name.includes(' ')) continue;
    const longer = [...groups.values()].find(
      (g) =>
        g !== group &&
        g.name.includes(' ') &&
        g.runs[0]!.start < group.runs[0]!.start &&
        (lastWord(g.name) === group.name || g.name.startsWith(`${group.name} `)),
    );
    if (longer) {
      longer.runs.push(...group.runs);
      longer.aliases.add(group.name);
      groups.delete(key);
    }
  }

  const existingByKey = new Map<string, ExistingSeed['entities'][number]>();
  for (const e of existing.entities) for (const n of [e.name, ...e.aliases]) existingByKey.set(nameKey({ name: n }), e);

  const entities: DraftEntity[] = [];
  for (const group of groups.values()) {
    const reused =
      existingByKey.get(nameKey({ name: group.name })) ??
      [...group.aliases].map((a) => existingByKey.get(nameKey({ name: a }))).find(Boolean);
    if (reused) {
      if (entities.some((e) => e.id === reused.id)) continue;
      entities.push({
        id: reused.id,
        type: reused.type,
        name: reused.name,
        aliases: [...group.aliases].filter((a) => a !== reused.name),
        description: 'Named in this source.',
        mentions: [],
        isNew: false,
      });
      continue;
    }
    const occurrences: Occurrence[] = group.runs.map((r) => ({
      before: text.slice(Math.max(0, r.start - 40), r.start),
      after: text.slice(r.end + (r.possessive ? 2 : 0), r.end + 80),
    }));
    const type: EntityType = guessEntityType({
      name: group.name,
      occurrences,
      isSpeaker: occurrences.some((o) => SPEECH_AFTER.test(o.after)),
    });
    const id = uniqueId({ base: slugify({ text: group.name }), takenIds });
    entities.push({
      id,
      type,
      name: group.name,
      aliases: [...group.aliases],
      description: describe({ text, run: group.runs[0]!, sentences }),
      mentions: [],
      isNew: true,
    });
  }

  const mentions = findMentions({ text, entities });
  for (const m of mentions) m.entity.mentions.push({ start: m.start, end: m.end, quote: text.slice(m.start, m.end) });
  const keyToEntity = new Map<string, DraftEntity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) keyToEntity.set(nameKey({ name: n }), e);

  return {
    entities: entities.filter((e) => e.mentions.length > 0),
    mentions,
    byName: (name) => keyToEntity.get(nameKey({ name })) ?? null,
    within: (span) => unique(mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.entity)),
  };
}

function findMentions({ text, entities }: { text: string; entities: DraftEntity[] }): EntityMention[] {
  const names = entities.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ entity, name })));
  names.sort((a, b) => b.name.length - a.name.length);
  const taken: EntityMention[] = [];
  for (const { entity, name } of names) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}]|[.-](?!based\\b)[\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + name.length };
      if (taken.some((t) => t.start < span.end && t.end > span.start)) continue;
      taken.push({ ...span, entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function uniqueId({ base, takenIds }: { base: string; takenIds: Set<string> }): string {
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);
  return id;
}

/** The sentence that first names it, shortened: descriptions repeat the text. */
function describe({ text, run, sentences }: { text: string; run: NameRun; sentences: Sentence[] }): string {
  const s = sentences.find((x) => x.start <= run.start && x.end >= run.end);
  const sentence = s ? text.slice(s.start, s.end) : run.text;
  return `Named in: “${sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence}”`;
}

const lastWord = (name: string) => name.split(' ').at(-1)!;
const isTitleCase = (line: string) => {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
};
const unique = <T>(list: T[]) => [...new Set(list)];
