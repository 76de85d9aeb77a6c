/**
 * The small graph every contract test starts from: 12 entities, 10 claims, 2 sources, 1 topic.
 * Fact edges (undirected view) form a chain with one diamond and one parallel pair, so path and
 * neighbourhood answers can be worked out by hand:
 *
 *   liang-wenfeng -LEADS- deepseek -DEVELOPED- deepseek-v3 =OUTPERFORMS/COMPARED_WITH= qwen
 *                         deepseek -COMPETES_WITH- alibaba -DEVELOPED- qwen
 *   qwen -APPROVED- cac;  qwen -ON_PAR_WITH- glm-4 -DEVELOPED- zhipu -WORKS_AT- ada;  zhipu -BASED_IN- beijing
 *   jose-nunez (the author) and lonely have no fact edges; lonely is reachable only through its Source.
 */
import type { Claim, FactEdge } from '../../domain/graph-types';
import type { GraphBatch } from '../../server/store/graph-store';
import {
  aBatch,
  aClaim,
  aCompany,
  aFactEdge,
  aMention,
  aModel,
  anEntity,
  aPerson,
  aRegulator,
  aSource,
  aTopic,
} from '../support/builders';

export const newsA = aSource({
  id: 'news-a',
  title: 'The model race',
  publisher: 'Example Wire',
  url: 'https://example.com/model-race',
  publishedAt: '2024-07-10',
  authorId: 'jose-nunez',
  text:
    'DeepSeek released DeepSeek-V3 in December. Alibaba said Qwen outperforms DeepSeek-V3 at coding. ' +
    'Alibaba competes with DeepSeek. Liang Wenfeng leads DeepSeek as CEO. ' +
    'The Cyberspace Administration of China approved Qwen for public use. Zhipu AI said: "GLM-4 is on par with Qwen."',
});

export const newsB = aSource({
  id: 'news-b',
  title: 'A second look',
  text:
    'José Núñez doubts that Qwen is better than DeepSeek-V3 at coding. Ada Lovelace works at Zhipu AI as a researcher. ' +
    'Zhipu AI developed GLM-4 in Beijing. Lonely Org keeps to itself.',
});

export const modelRace = aTopic({
  id: 'model-race',
  name: 'Who leads the model race',
  stances: [
    { id: 'qwen-leads', label: 'Qwen leads' },
    { id: 'deepseek-leads', label: 'DeepSeek leads' },
  ],
});

const mentionIn = (name: string) => [aMention({ source: newsA.text.includes(name) ? newsA : newsB, quote: name })];

export const entities = [
  aCompany({ id: 'deepseek', name: 'DeepSeek', mentions: mentionIn('DeepSeek') }),
  aModel({ id: 'deepseek-v3', name: 'DeepSeek-V3', mentions: mentionIn('DeepSeek-V3') }),
  aCompany({ id: 'alibaba', name: 'Alibaba', mentions: mentionIn('Alibaba') }),
  aModel({ id: 'qwen', name: 'Qwen', aliases: ['Tongyi Qianwen'], mentions: mentionIn('Qwen') }),
  aPerson({ id: 'liang-wenfeng', name: 'Liang Wenfeng', mentions: mentionIn('Liang Wenfeng') }),
  aRegulator({
    id: 'cac',
    name: 'Cyberspace Administration of China',
    aliases: ['CAC'],
    mentions: mentionIn('Cyberspace Administration of China'),
  }),
  aCompany({ id: 'zhipu', name: 'Zhipu AI', mentions: mentionIn('Zhipu AI') }),
  aModel({ id: 'glm-4', name: 'GLM-4', mentions: mentionIn('GLM-4') }),
  aPerson({ id: 'ada', name: 'Ada Lovelace', mentions: mentionIn('Ada Lovelace') }),
  anEntity({ type: 'Place', id: 'beijing', name: 'Beijing', mentions: mentionIn('Beijing') }),
  aPerson({ id: 'jose-nunez', name: 'José Núñez', description: 'The author.', mentions: mentionIn('José Núñez') }),
  anEntity({ type: 'Organization', id: 'lonely', name: 'Lonely Org', mentions: mentionIn('Lonely Org') }),
];

export const claims: Claim[] = [
  aClaim({
    id: 'v3-released',
    source: newsA,
    quote: 'DeepSeek released DeepSeek-V3 in December',
    summary: 'DeepSeek released its V3 model',
    kind: 'AUTHOR_ASSERTION',
    speakerId: 'jose-nunez',
    subjectIds: ['deepseek', 'deepseek-v3'],
    date: { text: 'in December', iso: '2023-12', precision: 'MONTH', basis: 'INFERRED_FROM_PUBLICATION' },
  }),
  aClaim({
    id: 'qwen-beats-v3',
    source: newsA,
    quote: 'Qwen outperforms DeepSeek-V3 at coding',
    summary: 'Alibaba says Qwen codes better than DeepSeek-V3',
    kind: 'REPORTED_STATEMENT',
    speakerId: 'alibaba',
    subjectIds: ['qwen', 'deepseek-v3'],
    topicId: 'model-race',
    stance: 'qwen-leads',
    figures: [{ measure: 'coding rank', label: 'Qwen', value: 1, unit: 'rank', chart: null, isLowerBound: false }],
  }),
  aClaim({
    id: 'alibaba-rivals',
    source: newsA,
    quote: 'Alibaba competes with DeepSeek',
    summary: 'Alibaba and DeepSeek are rivals',
    kind: 'AUTHOR_ASSERTION',
    speakerId: 'jose-nunez',
    subjectIds: ['alibaba', 'deepseek'],
  }),
  aClaim({
    id: 'liang-leads',
    source: newsA,
    quote: 'Liang Wenfeng leads DeepSeek as CEO',
    summary: "Liang Wenfeng is DeepSeek's chief executive",
    kind: 'AUTHOR_ASSERTION',
    speakerId: 'jose-nunez',
    subjectIds: ['liang-wenfeng', 'deepseek'],
  }),
  aClaim({
    id: 'cac-approved-qwen',
    source: newsA,
    quote: 'The Cyberspace Administration of China approved Qwen for public use',
    summary: 'The regulator cleared Qwen for the public',
    kind: 'AUTHOR_ASSERTION',
    speakerId: 'jose-nunez',
    subjectIds: ['cac', 'qwen'],
  }),
  aClaim({
    id: 'glm-par-qwen',
    source: newsA,
    quote: 'GLM-4 is on par with Qwen.',
    summary: 'Zhipu AI rates GLM-4 as good as Qwen',
    kind: 'DIRECT_QUOTE',
    speakerId: 'zhipu',
    subjectIds: ['glm-4', 'qwen'],
    topicId: 'model-race',
  }),
  aClaim({
    id: 'qwen-not-better',
    source: newsB,
    quote: 'José Núñez doubts that Qwen is better than DeepSeek-V3 at coding',
    summary: 'The author doubts Qwen beats DeepSeek-V3',
    kind: 'AUTHOR_ASSERTION',
    speakerId: 'jose-nunez',
    subjectIds: ['qwen', 'deepseek-v3'],
    topicId: 'model-race',
    stance: 'deepseek-leads',
    contradictsIds: ['qwen-beats-v3'],
  }),
  aClaim({
    id: 'ada-at-zhipu',
    source: newsB,
    quote: 'Ada Lovelace works at Zhipu AI as a researcher',
    summary: 'Ada Lovelace is a Zhipu AI researcher',
    kind: 'AUTHOR_ASSERTION',
    speakerId: 'jose-nunez',
    subjectIds: ['ada', 'zhipu'],
  }),
  aClaim({
    id: 'zhipu-built-glm',
    source: newsB,
    quote: 'Zhipu AI developed GLM-4 in Beijing',
    summary: 'Zhipu AI built GLM-4 in Beijing',
    kind: 'REPORTED_STATEMENT',
    speakerId: 'zhipu',
    subjectIds: ['zhipu', 'glm-4', 'beijing'],
    supportsIds: ['glm-par-qwen'],
  }),
  aClaim({
    id: 'lonely-claim',
    source: newsB,
    quote: 'Lonely Org keeps to itself',
    summary: 'Lonely Org stays apart',
    kind: 'REPORTED_STATEMENT',
    speakerId: 'lonely',
    subjectIds: ['lonely'],
  }),
];

export const factEdges: FactEdge[] = [
  aFactEdge({ type: 'DEVELOPED', from: 'deepseek', to: 'deepseek-v3', claimIds: ['v3-released'] }),
  aFactEdge({ type: 'OUTPERFORMS', from: 'qwen', to: 'deepseek-v3', role: 'coding', claimIds: ['qwen-beats-v3'] }),
  aFactEdge({ type: 'DEVELOPED', from: 'alibaba', to: 'qwen', claimIds: ['qwen-beats-v3'] }),
  aFactEdge({ type: 'COMPETES_WITH', from: 'alibaba', to: 'deepseek', claimIds: ['alibaba-rivals'] }),
  aFactEdge({ type: 'LEADS', from: 'liang-wenfeng', to: 'deepseek', role: 'CEO', claimIds: ['liang-leads'] }),
  aFactEdge({ type: 'APPROVED', from: 'cac', to: 'qwen', claimIds: ['cac-approved-qwen'] }),
  aFactEdge({ type: 'ON_PAR_WITH', from: 'glm-4', to: 'qwen', claimIds: ['glm-par-qwen'] }),
  aFactEdge({ type: 'COMPARED_WITH', from: 'qwen', to: 'deepseek-v3', claimIds: ['qwen-not-better'] }),
  aFactEdge({ type: 'WORKS_AT', from: 'ada', to: 'zhipu', role: 'researcher', claimIds: ['ada-at-zhipu'] }),
  // Asserted from both sources: rewriting one source must keep the other's claim on it.
  aFactEdge({ type: 'DEVELOPED', from: 'zhipu', to: 'glm-4', claimIds: ['glm-par-qwen', 'zhipu-built-glm'] }),
  aFactEdge({ type: 'BASED_IN', from: 'zhipu', to: 'beijing', claimIds: ['zhipu-built-glm'] }),
];

/** The whole fixture as one batch (what the seed loader produces for a seed directory). */
export const fixtureBatch = (): GraphBatch =>
  aBatch({ sources: [newsA, newsB], topics: [modelRace], entities, claims, factEdges });

/** The fixture's claims as stored (with assertsEdgeIds filled in), by id. */
export const storedClaim = (id: string): Claim => {
  const claim = fixtureBatch().claims.find((c) => c.id === id);
  if (!claim) throw new Error(`fixture has no claim ${id}`);
  return claim;
};

/**
 * A batch re-sending only the given sources, as the loader would after editing their folders:
 * their claims minus `without`, and the fact edges those claims assert (ids in `without` dropped).
 */
export function sourceBatch({ sourceIds, without = [] }: { sourceIds: string[]; without?: string[] }): GraphBatch {
  const kept = claims.filter((c) => sourceIds.includes(c.span.sourceId) && !without.includes(c.id));
  const keptIds = new Set(kept.map((c) => c.id));
  const edges = factEdges
    .filter((e) => e.claimIds.some((id) => keptIds.has(id)))
    .map((e) => ({ ...e, claimIds: e.claimIds.filter((id) => !without.includes(id)) }));
  return aBatch({ sources: [newsA, newsB].filter((s) => sourceIds.includes(s.id)), claims: kept, factEdges: edges });
}

export const ALL_CLAIM_IDS = claims.map((c) => c.id);
export const ALL_ENTITY_IDS = entities.map((e) => e.id);
export const ALL_FACT_EDGE_IDS = factEdges.map((e) => e.id);
