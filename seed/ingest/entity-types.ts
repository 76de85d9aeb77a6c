/**
 * Guesses an entity's type from its name (suffixes, version-like names), from the words around
 * its occurrences (titles, "start-up", "model") and from compromise's lexicon (places, people).
 * Ordered: the most telling evidence first.
 */
import nlp from 'compromise';
import type { EntityType } from '../../domain/vocabulary';

const REGULATOR =
  /\b(Authority|Administration|Ministry|Commission|Department|Agency|Regulator|Government|Parliament|Congress|Council|Bureau|Office|Senate)\b/;
const ORGANIZATION =
  /\b(University|Institute|Foundation|Association|Society|Academy|School|College|United Nations|UN|NATO|Union|Observatory)\b/;
const EVENT = /\b(Conference|Summit|Forum|Expo|Festival|Olympics|Games|Week|Congress of)\b/;
const BENCHMARK = /\b(Leaderboard|Benchmark|Arena)\b/;
const COMPANY =
  /(\b(Inc|Corp|Corporation|Ltd|LLC|Labs?|Capital|Ventures|Partners|Advisors|Technologies|Technology|Group|Systems|Holdings|Silicon|Cloud|Web Services|Semiconductor|Bank|Motors|Media|Robotics|Networks|AI)|\.AI)$/;
const PLACE = /\b(Valley|City|Province|State|Island|County|Bay|Kingdom|Republic)$/;

const PERSON_BEFORE =
  /\b(chief executive|chief [a-z]+ officer|\bCEO|\bCTO|\bCFO|analyst|partner|director|founder|researcher|spokesperson|spokeswoman|spokesman|professor|\bDr\.|\bMr\.|\bMs\.|\bMrs\.|head of [a-z]+|president|engineer|scientist|minister|economist)\s+$/i;
const PERSON_AFTER =
  /^,\s+(a|an|the|who|its|their)\b[^.]{0,80}?\b(analyst|partner|researcher|engineer|scientist|director|head|founder|executive|spokesperson|chief|CEO|professor|economist|lead|manager|president|investor|pilot)\b/i;
const COMPANY_BEFORE =
  /\b(start-?up|firm|company|maker|rival|heavyweight|provider|giant|chipmaker|developer|operator|consultancy|lab|investor)\s+$/i;
const COMPANY_AFTER =
  /^(,\s+(a|an|the)\b[^.]{0,60}?\b(start-?up|firm|company|provider|maker|giant|lab|group|consultancy)\b|\s+(released|launched|raised|open-sourced|unveiled|shipped|signed|reported revenue))/i;
const MODEL_AFTER = /^\)?\s+(model|models|LLM|LLMs|chip|chips)\b/;
const EVENT_AFTER = /^\s+(conference|summit|forum)\b/i;
const BENCHMARK_NEAR = /^\s+benchmark\b/i;

export interface Occurrence {
  before: string;
  after: string;
}

export function guessEntityType({
  name,
  occurrences,
  isSpeaker,
}: {
  name: string;
  occurrences: Occurrence[];
  isSpeaker: boolean;
}): EntityType {
  const any = (re: RegExp, side: 'before' | 'after') => occurrences.some((o) => re.test(o[side]));
  if (REGULATOR.test(name)) return 'Regulator';
  if (ORGANIZATION.test(name)) return 'Organization';
  if (EVENT.test(name) || any(EVENT_AFTER, 'after')) return 'Event';
  if (BENCHMARK.test(name) || any(BENCHMARK_NEAR, 'after')) return 'Benchmark';
  if (COMPANY.test(name)) return 'Company';
  // Version-like names: Yi-34B, GPT-4o, Llama 2, SenseNova 5.5, H100.
  if (/\d/.test(name) && !/^\d+\.\p{Lu}/u.test(name)) return 'Model';
  if (any(MODEL_AFTER, 'after')) return 'Model';
  if (any(PERSON_BEFORE, 'before') || any(PERSON_AFTER, 'after')) return 'Person';
  if (any(COMPANY_BEFORE, 'before') || any(COMPANY_AFTER, 'after')) return 'Company';
  if (PLACE.test(name)) return 'Place';
  const doc = nlp(name);
  if (doc.has('#Place')) return 'Place';
  if (doc.people().found && doc.people().text() === doc.text() && name.split(' ').length >= 2) return 'Person';
  if (doc.has('#Organization')) return 'Company';
  const words = name.split(' ');
  // A two- or three-word name that speaks and has no company suffix is most likely a person.
  if (isSpeaker && words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(w)))
    return 'Person';
  return 'Company';
}
