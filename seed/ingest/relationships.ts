/**
 * Fact edges read from the words of one claim span: titles (LEADS, WORKS_AT), founding
 * (FOUNDED) and releases (DEVELOPED). Each edge is backed by the claim whose span holds them.
 */
import type { FactRelationshipType } from '../../domain/vocabulary';
import type { DraftEntity, DraftRelationship, Span } from './draft-types';
import type { EntityIndex, EntityMention } from './entities';

const LEAD_TITLES =
  'chief executive officer|chief executive|CEO|president|chairman|chairwoman|director|head of [a-z]+|head|managing director|boss';
const FOUNDER = 'co-founder|cofounder|founder';
const ORG_TYPES = ['Company', 'Organization', 'Regulator'];

interface Found {
  type: FactRelationshipType;
  from: DraftEntity;
  to: DraftEntity;
  role: string | null;
}

export function relationshipsIn({ text, span, index }: { text: string; span: Span; index: EntityIndex }): Found[] {
  const found: Found[] = [];
  const ms = index.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const between = (a: EntityMention, b: EntityMention) => text.slice(a.end, b.start);
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length && j <= i + 3; j++) {
      const a = ms[i]!;
      const b = ms[j]!;
      const gap = between(a, b);
      if (gap.length > 90) continue;
      const person = (e: DraftEntity) => e.type === 'Person';
      const org = (e: DraftEntity) => ORG_TYPES.includes(e.type);
      // "Baidu USA CEO Robin Li", "Hugging Face co-founder and CEO Clement Delangue", "Atomico partner Sophie Laurent"
      if (org(a.entity) && person(b.entity)) {
        const t = new RegExp(
          `^(?:’s|'s)?\\s+((?:former\\s+)?(?:(?:${FOUNDER}|${LEAD_TITLES}|partner|analyst|researcher|engineer)(?:\\s+and\\s+)?)+)\\s+$`,
          'i',
        ).exec(gap);
        if (t) found.push(...titled({ person: b.entity, org: a.entity, title: t[1]!.trim() }));
      }
      if (person(a.entity) && org(b.entity)) {
        // "X, the head of research at Y", "X, a partner at Y", "X, chief executive of Y", "X of Y"
        const t =
          /^,\s+(?:(?:a|an|the)\s+)?((?:former\s+)?[a-zA-Z -]{1,60})\s+(?:at|of|for|with)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,4}$/u.exec(
            gap,
          );
        if (t && !/\bwho\b/.test(t[1]!))
          found.push(...titled({ person: a.entity, org: b.entity, title: t[1]!.trim() }));
        else if (/^\s+of\s+$/.test(gap)) found.push({ type: 'WORKS_AT', from: a.entity, to: b.entity, role: null });
        // "X, who founded Y", "X founded Y"
        if (/^(?:,\s+who)?\s+(?:co-?)?founded\s+$/.test(gap))
          found.push({ type: 'FOUNDED', from: a.entity, to: b.entity, role: 'founder' });
      }
      // "Y was founded in 2021 by X, ..., and Z"
      if (org(a.entity) && person(b.entity) && /^\s+(?:was|were)\s+(?:co-?)?founded\b[^.]{0,40}\bby\s+$/.test(gap)) {
        found.push({ type: 'FOUNDED', from: b.entity, to: a.entity, role: 'founder' });
        const next = ms
          .slice(j + 1)
          .find((m) => person(m.entity) && /^[^.]*\band\s+$/.test(text.slice(b.end, m.start)) && m.start - b.end < 90);
        if (next) found.push({ type: 'FOUNDED', from: next.entity, to: a.entity, role: 'founder' });
      }
      // "Y released/launched/built/announced/open-sourced (its first chip, the) M", "Y’s M"
      if (org(a.entity) && b.entity.type === 'Model') {
        if (
          /^\s+(?:\w+\s+)?(?:released|launched|built|announced|unveiled|open-sourced|developed|introduced|shipped)\s+(?:(?:its|their|the|a|an|new|first|latest|open-source|foundational|own|chip|model|LLM|,)\s*)*$/i.test(
            gap,
          ) ||
          /^[’']s\s+$/.test(gap)
        ) {
          found.push({ type: 'DEVELOPED', from: a.entity, to: b.entity, role: null });
        }
      }
    }
  }
  return found.filter((f) => f.from.id !== f.to.id);
}

function titled({ person, org, title }: { person: DraftEntity; org: DraftEntity; title: string }): Found[] {
  const out: Found[] = [];
  if (new RegExp(`\\b(${FOUNDER})\\b`, 'i').test(title))
    out.push({ type: 'FOUNDED', from: person, to: org, role: /co-?founder/i.test(title) ? 'co-founder' : 'founder' });
  const lead = new RegExp(`\\b(${LEAD_TITLES})\\b`, 'i').exec(title);
  if (lead && !/former/i.test(title)) out.push({ type: 'LEADS', from: person, to: org, role: lead[1]! });
  else if (!out.length || lead) out.push({ type: 'WORKS_AT', from: person, to: org, role: title });
  return out;
}

/** One edge per (from, type, to), listing every claim that asserts it. */
export function mergeRelationships({ found }: { found: (Found & { claim: string })[] }): DraftRelationship[] {
  const byKey = new Map<string, DraftRelationship>();
  for (const f of found) {
    const key = `${f.from.id}--${f.type}--${f.to.id}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.claims.includes(f.claim)) existing.claims.push(f.claim);
      existing.role ??= f.role;
    } else byKey.set(key, { type: f.type, from: f.from.id, to: f.to.id, role: f.role, claims: [f.claim] });
  }
  return [...byKey.values()];
}
