/**
 * What the curated article graph must contain, counted by hand from seed/sources/ai-race-article/
 * and docs/data-model.md. When the seed changes on purpose, change these numbers in the same commit.
 */
import type { NodeType, RelationshipType } from '../../domain/vocabulary';

export const ARTICLE_SOURCE_ID = 'ai-race-article';
export const ARTICLE_AUTHOR_ID = 'ai-race-article-author';

export const EXPECTED_NODE_COUNTS: Record<NodeType, number> = {
  Company: 10,
  Model: 16,
  Person: 7,
  Regulator: 2,
  Organization: 2,
  Place: 11,
  Event: 1,
  Benchmark: 1,
  Claim: 42,
  Source: 1,
};

export const EXPECTED_RELATIONSHIP_COUNTS: Record<RelationshipType, number> = {
  DEVELOPED: 6,
  RELEASED_AT: 1,
  DERIVED_FROM: 1,
  SUCCEEDS: 1,
  VARIANT_OF: 2,
  OUTPERFORMS: 11,
  ON_PAR_WITH: 1,
  COMPARED_WITH: 1,
  FOUNDED: 2,
  LEADS: 2,
  WORKS_AT: 3,
  BASED_IN: 4,
  LOCATED_IN: 1,
  PART_OF: 0,
  REGULATES: 1,
  APPROVED: 0,
  RESTRICTS_ACCESS: 3,
  RANKED_ON: 1,
  HOSTED: 1,
  PUBLISHED: 0,
  COMPETES_WITH: 1,
  SUPPORTS_DEVELOPMENT_OF: 0,
  DEPENDS_ON: 1,
  // One SAID and one STATED_IN per claim; ABOUT = the sum of the claims' `about` lists.
  SAID: 42,
  ABOUT: 90,
  STATED_IN: 42,
  SUPPORTS: 11,
  CONTRADICTS: 7,
};

export const EXPECTED_FACT_EDGE_COUNT = 44;

/**
 * Paragraphs of text.txt (split on "\n") read one by one: each of these makes at least one
 * attributable statement, so at least one claim span must lie inside it.
 */
export const PARAGRAPHS_WITH_CLAIMS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19, 20, 21];

/** Section headings ("China’s Race To Dominance", "Government Support", "Just a Copycat?"): no claims. */
export const HEADING_PARAGRAPHS = [6, 11, 17];

/** Models whose maker the article does not name: they must have no DEVELOPED edge. */
export const MODELS_WITHOUT_NAMED_DEVELOPER = [
  'kling',
  'sora',
  'llama-2',
  'llama',
  'claude-2',
  'grok-1',
  'chatgpt',
  'ernie-4-0',
  'qwen-72b',
];

export const GENAI_PATENTS_BY_COUNTRY = { China: 38210, US: 6276, 'South Korea': 4155, Japan: 3409, India: 1350 };
