/**
 * The closed vocabularies of the graph. Every label and relationship type that reaches Cypher
 * comes from these lists (never from user input), so they double as the whitelist.
 */

/** Kinds of things the articles talk about. */
export const ENTITY_TYPES = [
  'Company',
  'Model',
  'Person',
  'Regulator',
  'Organization',
  'Place',
  'Event',
  'Benchmark',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every node label: entities plus the provenance nodes. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Claim', 'Source'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * Fact relationships between entities. Each one is asserted by at least one claim.
 * Direction is always subject -> object as read in the sentence ("01.AI DEVELOPED Yi-34B").
 */
export const FACT_RELATIONSHIP_TYPES = [
  'DEVELOPED',
  'RELEASED_AT',
  'DERIVED_FROM',
  'SUCCEEDS',
  'VARIANT_OF',
  'OUTPERFORMS',
  'ON_PAR_WITH',
  'COMPARED_WITH',
  'FOUNDED',
  'LEADS',
  'WORKS_AT',
  'BASED_IN',
  'LOCATED_IN',
  'PART_OF',
  'REGULATES',
  'APPROVED',
  'RESTRICTS_ACCESS',
  'RANKED_ON',
  'HOSTED',
  'PUBLISHED',
  'COMPETES_WITH',
  'SUPPORTS_DEVELOPMENT_OF',
  'DEPENDS_ON',
] as const;
export type FactRelationshipType = (typeof FACT_RELATIONSHIP_TYPES)[number];

/**
 * Provenance relationships, created by the loader from claims:
 * (speaker)-[:SAID]->(Claim)-[:ABOUT]->(entity), (Claim)-[:STATED_IN {start,end}]->(Source),
 * (Claim)-[:SUPPORTS|CONTRADICTS]->(Claim).
 */
export const CLAIM_RELATIONSHIP_TYPES = ['SAID', 'ABOUT', 'STATED_IN', 'SUPPORTS', 'CONTRADICTS'] as const;
export type ClaimRelationshipType = (typeof CLAIM_RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_TYPES = [...FACT_RELATIONSHIP_TYPES, ...CLAIM_RELATIONSHIP_TYPES] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** How a claim reaches the reader. */
export const CLAIM_KINDS = ['DIRECT_QUOTE', 'REPORTED_STATEMENT', 'STATISTIC', 'AUTHOR_ASSERTION'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Precision of a claim's date; see docs/data-model.md for how relative dates are modelled. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'RELATIVE'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);
export const isNodeType = (value: string): value is NodeType => (NODE_TYPES as readonly string[]).includes(value);
export const isRelationshipType = (value: string): value is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly string[]).includes(value);
export const isFactRelationshipType = (value: string): value is FactRelationshipType =>
  (FACT_RELATIONSHIP_TYPES as readonly string[]).includes(value);
