/**
 * Who "she", "the company", "the authority" or "an Alibaba spokesperson" is: the nearest
 * compatible named entity before the words, preferring one that already spoke.
 */
import type { EntityType } from '../../domain/vocabulary';
import type { DraftEntity } from './draft-types';
import type { EntityIndex } from './entities';

export const SPEAKER_TYPES: readonly EntityType[] = ['Person', 'Company', 'Organization', 'Regulator'];
export const canSpeak = (e: DraftEntity | null | undefined): e is DraftEntity => !!e && SPEAKER_TYPES.includes(e.type);

export const PRONOUN = /^(he|she|they)$/i;
const ROLE_TYPES: [RegExp, EntityType[]][] = [
  [/^(the )?(company|firm|start-?up|group|maker|developer|operator|chipmaker|provider|business)$/i, ['Company']],
  [
    /^(the )?(lab|laboratory|institute|university|organi[sz]ation|agency's? researchers)$/i,
    ['Company', 'Organization'],
  ],
  [
    /^(the )?(authority|regulator|ministry|agency|commission|department|government|watchdog|administration)$/i,
    ['Regulator'],
  ],
];
/** How far back (in characters) a pronoun or role may reach for its referent. */
const REACH = 1500;

export interface SpeakerMemory {
  /** Speakers of attributed claims so far, in text order. */
  spoken: { entity: DraftEntity; at: number }[];
}

export function resolvePronoun({
  at,
  index,
  memory,
}: {
  at: number;
  index: EntityIndex;
  memory: SpeakerMemory;
}): DraftEntity | null {
  const lastSpeaker = [...memory.spoken]
    .reverse()
    .find((s) => s.at < at && at - s.at < REACH && s.entity.type === 'Person');
  const lastMention = [...index.mentions]
    .reverse()
    .find((m) => m.end <= at && at - m.end < REACH && m.entity.type === 'Person');
  if (lastSpeaker && lastMention) return lastMention.start > lastSpeaker.at ? lastMention.entity : lastSpeaker.entity;
  return lastSpeaker?.entity ?? lastMention?.entity ?? null;
}

/** "the company" and friends; null when the phrase is not a role noun. */
export function resolveRole({
  phrase,
  at,
  index,
  memory,
}: {
  phrase: string;
  at: number;
  index: EntityIndex;
  memory?: SpeakerMemory;
}): DraftEntity | null | undefined {
  const words = phrase.trim().replace(/[’']s$/, '');
  const entry = ROLE_TYPES.find(([re]) => re.test(words));
  if (!entry) return undefined;
  // The company that last spoke beats one merely named since ("…led by Atomico. The company said…").
  const spoke = [...(memory?.spoken ?? [])]
    .reverse()
    .find((s) => s.at < at && at - s.at < REACH && entry[1].includes(s.entity.type));
  if (spoke) return spoke.entity;
  const found = [...index.mentions]
    .reverse()
    .find((m) => m.end <= at && at - m.end < REACH && entry[1].includes(m.entity.type));
  return found?.entity ?? null;
}

/** "an Alibaba spokesperson", "a spokesperson for Alibaba", "the spokesperson". */
export function resolveSpokesperson({
  phrase,
  start,
  at,
  index,
}: {
  phrase: string;
  start: number;
  at: number;
  index: EntityIndex;
}): DraftEntity | null | undefined {
  if (!/\b(spokes(person|man|woman)|representative|press office)\b/i.test(phrase)) return undefined;
  const named = index.mentions.find((m) => m.start >= start && m.end <= start + phrase.length && canSpeak(m.entity));
  if (named) return named.entity;
  return resolveRole({ phrase: 'the company', at, index }) ?? null;
}
