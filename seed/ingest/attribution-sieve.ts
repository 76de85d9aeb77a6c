/**
 * Speaker attribution as a sieve of rules, most precise first (after the CoreNLP quote
 * attribution sieves): a rule either names the speaker or passes the quote on to the next.
 *
 *   quote-then-said-name    “…,” said Kai-Fu Lee, a …          (also "said the company", "said she")
 *   quote-then-name-said    “…,” Lee said.  /  “…,” she said. /  “…,” the spokesperson added.
 *   name-said-colon-quote   Lee said: “…”  /  X praised …, saying, ‘…’
 *   reported-*              X said (that) … / X, who …, said … / she added that … / the company said …
 *                           / an Alibaba spokesperson said … / X told reporters …
 *   according-to            according to X, …
 * Paragraph and continuation rules (a quote with no frame of its own takes the speaker of the
 * paragraph's other statement, or of the quote it continues) run afterwards in extract-claims.ts.
 */
import type { AttributionRule, DraftEntity, Span } from './draft-types';
import type { EntityIndex } from './entities';
import { canSpeak, PRONOUN, resolvePronoun, resolveRole, resolveSpokesperson, type SpeakerMemory } from './referents';

export interface Attribution {
  speaker: DraftEntity;
  rule: AttributionRule;
}

/** Verbs of saying. Those in EVALUATIVE take a plain object ("welcomed the ruling"). */
const SAY =
  'said|says|say|added|adds|argued|argues|claimed|claims|warned|warns|told|tells|noted|notes|wrote|writes|stated|states|explained|explain|explains|insisted|insists|stressed|replied|predicted|estimated';
const THAT_ONLY =
  'announced|announces|posted|posts|described|describes|confirmed|confirms|denied|denies|acknowledged|admitted|suggested|suggests|believes|reported';
const EVALUATIVE = 'disputed|disputes|welcomed|welcomes|praised|praises|criticised|criticized|criticises';
const VERB = `(?:${SAY}|${THAT_ONLY}|${EVALUATIVE}|saying|adding|arguing|claiming|warning|noting|writing)`;
const VERB_RE = new RegExp(`\\b(${VERB})\\b`, 'g');
const THAT_ONLY_RE = new RegExp(`^(${THAT_ONLY})$`);
/** Words allowed between a subject and its verb ("OpenAI recently announced", "He went on to explain"). */
const FILLER =
  /(?:\s+(?:also|later|then|recently|previously|publicly|once|has|had|have|went on to|would|will|has also|had also|on \w+day))+\s*$/;

export interface SieveInput {
  text: string;
  index: EntityIndex;
  memory: SpeakerMemory;
}

/** The speaker whose words end right before `end`: a name, a pronoun, a role noun or a spokesperson. */
function subjectEndingAt({
  text,
  from,
  end,
  index,
  memory,
}: SieveInput & { from: number; end: number }): Attribution | null {
  let pre = text.slice(from, end).replace(/\s+$/, '');
  pre = pre.replace(FILLER, '');
  // "The lab's chief executive, Daniel Osei, said": the name in commas is the speaker.
  const inCommas = /,\s*([^,]+?),$/.exec(pre);
  if (inCommas) {
    const named = mentionSpanning({
      index,
      start: from + inCommas.index + inCommas[0].indexOf(inCommas[1]!),
      end: from + inCommas.index + inCommas[0].length - 1,
    });
    if (canSpeak(named)) return { speaker: named, rule: 'reported-name-said' };
  }
  // "X, who founded Y, said" and "X, a partner at Y, said": skip the clause in commas.
  let rule: AttributionRule = 'reported-name-said';
  const who = /,\s*who\b[^]*,$/.exec(pre);
  if (who) {
    pre = pre.slice(0, who.index);
    rule = 'reported-name-who-said';
  } else {
    const apposition =
      /,\s*(?:a|an|the|its|their|chief|head|co-founder|founder|former|senior)\b[^,]{0,110},$/i.exec(pre) ??
      /,\s*[^,]{1,80},$/.exec(pre);
    if (apposition && apposition.index > 0) pre = pre.slice(0, apposition.index);
  }
  const stop = from + pre.length;
  const mention = [...index.mentions].reverse().find((m) => m.end === stop);
  if (mention && canSpeak(mention.entity)) return { speaker: mention.entity, rule };
  if (mention) return null;
  const lastWord = /(\S+)$/.exec(pre)?.[1] ?? '';
  if (PRONOUN.test(lastWord)) {
    const speaker = resolvePronoun({ at: stop, index, memory });
    return canSpeak(speaker) ? { speaker, rule: 'reported-pronoun-said' } : null;
  }
  const tail = /((?:\S+\s+){0,4}\S+)$/.exec(pre)?.[1] ?? '';
  const spoke = resolveSpokesperson({ phrase: tail, start: stop - tail.length, at: stop, index });
  if (spoke !== undefined) return canSpeak(spoke) ? { speaker: spoke, rule: 'reported-spokesperson-said' } : null;
  const role = /((?:the|its|a)\s+)?(\S+)$/i.exec(pre);
  if (role && /^the\s/i.test(role[0])) {
    const speaker = resolveRole({ phrase: role[0], at: stop, index, memory });
    if (speaker !== undefined) return canSpeak(speaker) ? { speaker, rule: 'reported-role-said' } : null;
  }
  return null;
}

const mentionSpanning = ({ index, start, end }: { index: EntityIndex; start: number; end: number }) =>
  index.mentions.find((m) => m.start === start && m.end === end)?.entity ?? null;

/** Reported speech in a block without quotation marks (or the frame before a quote). */
export function attributeReported({ text, block, index, memory }: SieveInput & { block: Span }): Attribution | null {
  const body = text.slice(block.start, block.end);
  const according = /\baccording to\s+([^,.;]+)/i.exec(body);
  VERB_RE.lastIndex = 0;
  let tries = 0;
  for (let m = VERB_RE.exec(body); m && tries < 4; m = VERB_RE.exec(body), tries++) {
    const verbAt = block.start + m.index;
    const after = body.slice(m.index + m[0].length);
    if (THAT_ONLY_RE.test(m[1]!) && !/^\s+(?:\S+\s+){0,2}?(that|how)\b/.test(after)) continue;
    // A verb of saying right after a name ("Lumen released" is not speech; "Lumen said" is).
    const found = subjectEndingAt({ text, from: block.start, end: verbAt, index, memory });
    if (found) return found;
  }
  if (according) {
    const start = block.start + according.index + according[0].length - according[1]!.length;
    const end = start + according[1]!.length;
    const named = index.mentions.find((x) => x.start >= start && x.end <= end && canSpeak(x.entity));
    if (named) return { speaker: named.entity, rule: 'according-to' };
    const role = resolveRole({ phrase: according[1]!.trim(), at: start, index, memory });
    if (canSpeak(role)) return { speaker: role, rule: 'according-to' };
  }
  return null;
}

/** The rules that look only at a quote and the words framing it in its block. */
export function attributeQuote({
  text,
  block,
  quote,
  index,
  memory,
}: SieveInput & { block: Span; quote: Span }): Attribution | null {
  const after = text.slice(quote.end, block.end);
  // 1. “…,” said NAME / said the company / said she
  const saidFirst = new RegExp(`^\\s*,?\\s*(?:${VERB})\\s+`).exec(after);
  if (saidFirst) {
    const p = quote.end + saidFirst[0].length;
    const named = index.mentions.find(
      (m) => m.start >= p && m.start <= p + 50 && /^(?:[\p{L}.-]+\s+){0,4}$/u.test(text.slice(p, m.start)),
    );
    if (named && canSpeak(named.entity)) return { speaker: named.entity, rule: 'quote-then-said-name' };
    const word = /^(\S+)/.exec(text.slice(p))?.[1]?.replace(/[.,]$/, '') ?? '';
    if (PRONOUN.test(word)) {
      const speaker = resolvePronoun({ at: quote.start, index, memory });
      if (canSpeak(speaker)) return { speaker, rule: 'quote-then-pronoun-said' };
    }
    const phrase = /^((?:the|a|an)\s+[^,.]{1,40}?)(?=[,.]|$)/i.exec(text.slice(p, block.end))?.[1];
    if (phrase) {
      const speaker =
        resolveSpokesperson({ phrase, start: p, at: quote.start, index }) ??
        resolveRole({ phrase, at: quote.start, index, memory });
      if (canSpeak(speaker)) return { speaker, rule: 'quote-then-role-said' };
    }
  }
  // 2. “…,” NAME said / she said / the spokesperson added
  const subjectFirst = new RegExp(`^\\s*,?\\s*([^,.“”"‘]{1,60}?)\\s+(?:also\\s+)?(?:${VERB})\\b`).exec(after);
  if (subjectFirst) {
    const start = quote.end + subjectFirst[0].indexOf(subjectFirst[1]!);
    const end = start + subjectFirst[1]!.length;
    const phrase = subjectFirst[1]!;
    const named = index.mentions.find((m) => m.end === end && m.start >= start);
    if (named && canSpeak(named.entity)) return { speaker: named.entity, rule: 'quote-then-name-said' };
    if (PRONOUN.test(phrase)) {
      const speaker = resolvePronoun({ at: quote.start, index, memory });
      if (canSpeak(speaker)) return { speaker, rule: 'quote-then-pronoun-said' };
    }
    const speaker =
      resolveSpokesperson({ phrase, start, at: quote.start, index }) ??
      resolveRole({ phrase, at: quote.start, index, memory });
    if (canSpeak(speaker)) return { speaker, rule: 'quote-then-role-said' };
  }
  // 3. NAME said: “…”  /  … saying, ‘…’
  const before = text.slice(block.start, quote.start);
  if (new RegExp(`\\b${VERB}(?:\\s+[^\\s“”"‘]+){0,3}?\\s*[:,]?\\s*$`).test(before)) {
    const found = attributeReported({ text, block: { start: block.start, end: quote.start }, index, memory });
    if (found) return { speaker: found.speaker, rule: 'name-said-colon-quote' };
  }
  return null;
}
