/**
 * The draft as the five files of a seed folder. Every record carries `review: proposed`; spans
 * carry their offsets, so `npm run seed:check` needs no `seed:locate` pass.
 */
import { stringify } from 'yaml';
import type { SeedFolderDraft } from './draft-types';

const HEADER = '# Proposed by `npm run ingest` (seed/ingest). Check every record, then drop `review: proposed`.\n';

/** The draft's records exactly as the YAML files hold them (also what the proposeSource mutation returns). */
export function toSeedRecords({ draft }: { draft: SeedFolderDraft }) {
  const entities = draft.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    description: e.description,
    mentions: e.mentions.map((m) => ({ quote: m.quote, start: m.start, end: m.end })),
    review: 'proposed',
  }));
  const claims = draft.claims.map((c) => ({
    id: c.id,
    speaker: c.speaker,
    about: c.about,
    quote: c.quote,
    start: c.start,
    end: c.end,
    summary: c.summary,
    kind: c.kind,
    date: c.date,
    figures: c.figures,
    review: 'proposed',
  }));
  const relationships = draft.relationships.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    role: r.role,
    claims: r.claims,
    review: 'proposed',
  }));
  return { source: draft.source, text: draft.text, entities, claims, relationships };
}

export function toSeedFiles({
  draft,
}: {
  draft: SeedFolderDraft;
}): Record<'source.yaml' | 'text.txt' | 'entities.yaml' | 'claims.yaml' | 'relationships.yaml', string> {
  const { entities, claims, relationships } = toSeedRecords({ draft });
  const yaml = (value: unknown) => HEADER + stringify(value, { lineWidth: 0 });
  return {
    'source.yaml': yaml(draft.source),
    'text.txt': draft.text,
    'entities.yaml': yaml(entities),
    'claims.yaml': yaml(claims),
    'relationships.yaml': yaml(relationships),
  };
}
