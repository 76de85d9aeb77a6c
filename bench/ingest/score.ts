/**
 * Scores one extractor draft against a gold standard (see docs/ingest.md for the definitions):
 * a proposed attributed claim is correct when its span overlaps a gold attributed claim's span
 * and both name the same speaker; entities match by name or alias (case/accent-insensitive).
 */
import { ENTITY_TYPES } from '../../domain/vocabulary';
import type { SeedFolderDraft } from '../../seed/ingest/draft-types';
import { nameKey } from '../../seed/ingest/names';
import { AUTHOR, type Gold } from './gold';

export interface Score {
  attribution: { proposed: number; correct: number; gold: number; found: number };
  entities: Record<string, { gold: number; found: number; proposed: number; correctType: number }>;
  relationships: { gold: number; found: number; proposed: number };
  errors: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreDraft({ draft, gold }: { draft: SeedFolderDraft; gold: Gold }): Score {
  const keysOf = new Map(
    draft.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map((n) => nameKey({ name: n })))]),
  );
  const nameOf = new Map(draft.entities.map((e) => [e.id, e.name]));
  const author = draft.source.author;
  const sameSpeaker = (id: string, goldName: string) =>
    goldName === AUTHOR ? id === author : id !== author && !!keysOf.get(id)?.has(nameKey({ name: goldName }));
  const errors: string[] = [];
  const snippet = (s: { start: number; end: number }) =>
    JSON.stringify(gold.text.slice(s.start, Math.min(s.end, s.start + 70)));

  const goldAttributed = gold.claims.filter((c) => c.speaker !== AUTHOR);
  const proposedAttributed = draft.claims.filter((c) => c.speaker !== author);
  let correct = 0;
  for (const c of proposedAttributed) {
    if (goldAttributed.some((g) => overlaps(c, g) && sameSpeaker(c.speaker, g.speaker))) correct += 1;
    else {
      const g = gold.claims.find((x) => overlaps(c, x));
      errors.push(
        `wrong speaker ${nameOf.get(c.speaker)} [${c.rule}] for ${snippet(c)}${g ? ` (gold: ${g.speaker})` : ' (gold: no claim)'}`,
      );
    }
  }
  let found = 0;
  for (const g of goldAttributed) {
    if (draft.claims.some((c) => overlaps(c, g) && sameSpeaker(c.speaker, g.speaker))) found += 1;
    else {
      const c = draft.claims.find((x) => overlaps(x, g));
      errors.push(
        `missed ${g.speaker} for ${snippet(g)}${c ? ` (proposed: ${c.speaker === author ? 'author' : nameOf.get(c.speaker)} [${c.rule}])` : ' (no claim)'}`,
      );
    }
  }

  const goldKeys = gold.entities.map((e) => ({
    ...e,
    keys: new Set([e.name, ...e.aliases].map((n) => nameKey({ name: n }))),
  }));
  const matchOf = (id: string) => goldKeys.find((g) => [...keysOf.get(id)!].some((k) => g.keys.has(k)));
  const entities: Score['entities'] = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, { gold: 0, found: 0, proposed: 0, correctType: 0 }]),
  );
  for (const g of goldKeys) {
    entities[g.type]!.gold += 1;
    const hit = draft.entities.find((e) => e.id !== author && [...keysOf.get(e.id)!].some((k) => g.keys.has(k)));
    if (hit) entities[g.type]!.found += 1;
    else errors.push(`missed entity ${g.type} ${g.name}`);
  }
  for (const e of draft.entities) {
    if (e.id === author) continue;
    entities[e.type]!.proposed += 1;
    const g = matchOf(e.id);
    if (g && g.type === e.type) entities[e.type]!.correctType += 1;
    else errors.push(g ? `entity ${e.name} typed ${e.type}, gold ${g.type}` : `extra entity ${e.type} ${e.name}`);
  }

  const proposedEdges = new Set(draft.relationships.map((r) => `${r.type}|${r.from}|${r.to}`));
  let relFound = 0;
  for (const r of gold.relationships) {
    const hit = draft.relationships.some(
      (p) =>
        p.type === r.type &&
        keysOf.get(p.from)?.has(nameKey({ name: r.from })) &&
        keysOf.get(p.to)?.has(nameKey({ name: r.to })),
    );
    if (hit) relFound += 1;
    else errors.push(`missed edge ${r.from} ${r.type} ${r.to}`);
  }
  return {
    attribution: { proposed: proposedAttributed.length, correct, gold: goldAttributed.length, found },
    entities,
    relationships: { gold: gold.relationships.length, found: relFound, proposed: proposedEdges.size },
    errors,
  };
}
