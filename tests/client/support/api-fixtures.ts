/**
 * A tiny article world for component tests, built from the same facts the real article has
 * (Kai-Fu Lee founded 01.AI, 01.AI's technology came from LLaMA, Qwen alias Tongyi Qianwen),
 * and handlers answering the UI's operations from it.
 */
import type { Handler } from './mock-api-client';

export const ARTICLE_TEXT =
  'Kai-Fu Lee founded 01.AI. Some of the technology in 01.AI came from LLaMA. ' +
  "Alibaba's Tongyi Qianwen (Qwen) models saw downloads shooting up to 20 million.";

type EntityType = 'Company' | 'Model' | 'Person' | 'Organization';

export interface FixtureEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string;
}

export const ENTITIES: FixtureEntity[] = [
  { id: 'author', name: "The article's author", type: 'Person', aliases: [], description: 'Wrote the article.' },
  { id: 'kai-fu-lee', name: 'Kai-Fu Lee', type: 'Person', aliases: ['Lee'], description: 'Founder of 01.AI.' },
  { id: '01-ai', name: '01.AI', type: 'Company', aliases: [], description: 'China-based AI startup.' },
  { id: 'llama', name: 'LLaMA', type: 'Model', aliases: [], description: "Meta's model family." },
  { id: 'alibaba', name: 'Alibaba', type: 'Company', aliases: [], description: 'Chinese tech company.' },
  { id: 'qwen', name: 'Qwen', type: 'Model', aliases: ['Tongyi Qianwen'], description: "Alibaba's models." },
];

const entity = (id: string) => ENTITIES.find((e) => e.id === id)!;

export function aClaimResult({
  id,
  quote,
  speakerId = 'author',
  subjectIds,
  summary = `Summary of ${id}`,
  figures = [],
  stance = null,
}: {
  id: string;
  quote: string;
  speakerId?: string;
  subjectIds: string[];
  summary?: string;
  figures?: {
    measure: string;
    label: string;
    value: number;
    unit: string;
    chart: string | null;
    isLowerBound: boolean;
  }[];
  stance?: { id: string; label: string } | null;
}) {
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`quote of ${id} is not in the fixture text`);
  const speaker = entity(speakerId);
  return {
    id,
    quote,
    summary,
    kind: 'AUTHOR_ASSERTION' as const,
    date: null,
    topic: null,
    stance,
    figures,
    speaker: { id: speaker.id, name: speaker.name, type: speaker.type },
    subjects: subjectIds.map((s) => ({ id: s, name: entity(s).name })),
    span: { start, end: start + quote.length },
    source: { id: 'ai-race-article' },
  };
}

export const CLAIMS = [
  aClaimResult({
    id: 'c-founded',
    quote: 'Kai-Fu Lee founded 01.AI',
    subjectIds: ['kai-fu-lee', '01-ai'],
    summary: 'Lee founded 01.AI',
  }),
  aClaimResult({
    id: 'c-llama',
    quote: 'Some of the technology in 01.AI came from LLaMA',
    subjectIds: ['01-ai', 'llama'],
    summary: "01.AI's technology came from LLaMA",
  }),
  aClaimResult({
    id: 'c-qwen',
    quote: "Alibaba's Tongyi Qianwen (Qwen) models saw downloads shooting up to 20 million",
    subjectIds: ['qwen'],
    summary: 'Qwen downloads reached 20 million',
    figures: [
      {
        measure: 'Qwen downloads',
        label: 'Qwen',
        value: 20_000_000,
        unit: 'downloads',
        chart: null,
        isLowerBound: false,
      },
    ],
  }),
];

export const FACT_EDGES = [
  {
    id: 'kai-fu-lee--FOUNDED--01-ai',
    type: 'FOUNDED',
    from: 'kai-fu-lee',
    to: '01-ai',
    role: null,
    claimIds: ['c-founded'],
  },
  {
    id: '01-ai--DERIVED_FROM--llama',
    type: 'DERIVED_FROM',
    from: '01-ai',
    to: 'llama',
    role: null,
    claimIds: ['c-llama'],
  },
  { id: 'alibaba--DEVELOPED--qwen', type: 'DEVELOPED', from: 'alibaba', to: 'qwen', role: null, claimIds: ['c-qwen'] },
];

const claimEdges = CLAIMS.flatMap((c) => [
  { id: `${c.speaker.id}--SAID--${c.id}`, type: 'SAID', from: c.speaker.id, to: c.id, role: null, claimIds: [c.id] },
  ...c.subjects.map((s) => ({
    id: `${c.id}--ABOUT--${s.id}`,
    type: 'ABOUT',
    from: c.id,
    to: s.id,
    role: null,
    claimIds: [c.id],
  })),
]);

export const SUBGRAPH = {
  nodes: [
    ...ENTITIES.map((e) => ({ id: e.id, type: e.type, label: e.name })),
    ...CLAIMS.map((c) => ({ id: c.id, type: 'Claim', label: c.summary })),
  ],
  edges: [...FACT_EDGES, ...claimEdges].sort((a, b) => a.id.localeCompare(b.id)),
  truncated: false,
  omittedNodes: 0,
};

function entityDetails(id: string) {
  const e = ENTITIES.find((x) => x.id === id);
  if (!e) return { entity: null };
  return {
    entity: {
      ...e,
      relationships: FACT_EDGES.filter((f) => f.from === id || f.to === id).map((edge) => {
        const otherId = edge.from === id ? edge.to : edge.from;
        const other = entity(otherId);
        return {
          direction: edge.from === id ? 'OUTGOING' : 'INCOMING',
          edge: { ...edge, label: edge.type.toLowerCase() },
          other: { id: other.id, name: other.name, type: other.type },
        };
      }),
    },
  };
}

function entityClaims(id: string) {
  const connection = (list: typeof CLAIMS) => ({ totalCount: list.length, edges: list.map((node) => ({ node })) });
  return {
    claimsBy: connection(CLAIMS.filter((c) => c.speaker.id === id)),
    claimsAbout: connection(CLAIMS.filter((c) => c.subjects.some((s) => s.id === id))),
  };
}

function edgeEvidence(edgeId: string) {
  const edge = FACT_EDGES.find((e) => e.id === edgeId);
  if (!edge) return { edgeEvidence: null };
  const node = (id: string) => ({ id, type: entity(id).type, label: entity(id).name });
  return {
    edgeEvidence: {
      edge: { ...edge, label: edge.type.toLowerCase() },
      fromNode: node(edge.from),
      toNode: node(edge.to),
      claims: CLAIMS.filter((c) => edge.claimIds.includes(c.id)),
    },
  };
}

function search(text: string) {
  const needle = text.toLowerCase();
  return {
    search: ENTITIES.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().startsWith(needle))).map((e) => ({
      score: 1,
      entity: { id: e.id, name: e.name, type: e.type, aliases: e.aliases },
    })),
  };
}

export function articleHandlers(overrides: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ArticleClaims: () => ({
      claims: {
        totalCount: CLAIMS.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: CLAIMS.map((node) => ({ node })),
      },
    }),
    Neighbourhood: () => ({ neighbourhood: SUBGRAPH }),
    SearchEntities: (v) => search(String(v.text)),
    EntityDetails: (v) => entityDetails(String(v.id)),
    EntityClaims: (v) => entityClaims(String(v.id)),
    EdgeEvidence: (v) => edgeEvidence(String(v.edgeId)),
    ClaimById: (v) => ({ claim: CLAIMS.find((c) => c.id === v.id) ?? null }),
    SourceText: () => ({
      source: {
        id: 'ai-race-article',
        title: "China's AI race",
        publisher: null,
        publishedAt: null,
        url: null,
        text: ARTICLE_TEXT,
        spans: CLAIMS.map((c) => ({ claimId: c.id, start: c.span.start, end: c.span.end })),
      },
    }),
    ShortestPaths: () => ({
      paths: [
        {
          nodeIds: ['kai-fu-lee', '01-ai', 'llama'],
          edgeIds: ['kai-fu-lee--FOUNDED--01-ai', '01-ai--DERIVED_FROM--llama'],
          steps: ['kai-fu-lee', '01-ai', 'llama'].map((id) => ({ id, type: entity(id).type, label: entity(id).name })),
          edges: FACT_EDGES.slice(0, 2),
        },
      ],
    }),
    Topics: () => ({ topics: [] }),
    Sources: () => ({
      sources: [{ id: 'ai-race-article', title: 'The AI race', publisher: null, claimCount: CLAIMS.length }],
    }),
    ...overrides,
  };
}
