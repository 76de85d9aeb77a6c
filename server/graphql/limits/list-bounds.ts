/**
 * The bound of every list field of the schema, in one table that both the cost analysis
 * (operation-cost.ts: a list multiplies the cost of what is selected under it) and execution
 * (bounded-schema.ts: lists are cut to their bound) read, so the two can never disagree.
 * A test checks that every list field of the SDL has an entry; docs/api.md lists them.
 */
import { LIMITS } from '../../../domain/limits';

export type ListBound =
  /** The field takes a `first` argument that this module checks (1..max) and applies. */
  | { kind: 'first'; max: number; fallback: number }
  /**
   * The size comes from an argument the resolver already checks (search.first); `ofParent`: the
   * argument is on the field that returned this object (ClaimConnection.edges <- claims(first)).
   */
  | { kind: 'argument'; argument: string; max: number; fallback: number; ofParent?: boolean }
  /** A fixed cap; `enforce` cuts the list here, otherwise the store already guarantees it. */
  | { kind: 'cap'; max: number; enforce: boolean };

const first = (fallback: number, max: number): ListBound => ({ kind: 'first', max, fallback });
const cap = (max: number, enforce = true): ListBound => ({ kind: 'cap', max, enforce });

/** Claims one field may collect (server/graphql/collect-claims.ts). */
const COLLECTED = 1000;
const RELATED = LIMITS.MAX_FACT_EDGES_PER_ENTITY;
/** A path has at most MAX_HOPS edges (2x with claims as steps). */
const PATH_STEPS = 2 * LIMITS.MAX_HOPS + 1;

const QUERY_AND_OTHER: Record<string, ListBound> = {
  'Query.search': { kind: 'argument', argument: 'first', max: LIMITS.MAX_SEARCH, fallback: LIMITS.DEFAULT_SEARCH },
  'Query.entities': { kind: 'argument', argument: 'ids', max: 100, fallback: 100 },
  'Query.paths': cap(LIMITS.MAX_PATHS, false),
  'Query.sources': first(20, 100),
  'Query.topics': first(10, 50),
  'Query.whoSaid': first(20, 100),
  'ClaimConnection.edges': {
    kind: 'argument',
    argument: 'first',
    max: LIMITS.MAX_PAGE,
    fallback: LIMITS.DEFAULT_PAGE,
    ofParent: true,
  },
  'Claim.subjects': cap(10),
  'Claim.figures': cap(20),
  'Claim.supports': cap(20),
  'Claim.contradicts': cap(20),
  'Claim.asserts': cap(20),
  'Edge.claimIds': cap(50),
  'Edge.claims': cap(50),
  'EdgeEvidence.claims': first(100, COLLECTED),
  'Path.nodes': cap(PATH_STEPS, false),
  'Path.steps': cap(PATH_STEPS, false),
  'Path.nodeIds': cap(PATH_STEPS, false),
  'Path.edges': cap(PATH_STEPS, false),
  'Path.edgeIds': cap(PATH_STEPS, false),
  'Source.spans': first(COLLECTED, COLLECTED),
  'SpeakerClaims.claims': first(20, COLLECTED),
  'Stats.nodes': cap(50, false),
  'Stats.relationships': cap(100, false),
  // neighbourhood(limit) sizes its Subgraph (the store cuts the nodes there); a path's subgraph has no
  // `limit` and counts as the default, far above its 13 steps.
  'Subgraph.nodes': {
    kind: 'argument',
    argument: 'limit',
    max: LIMITS.MAX_NODES,
    fallback: LIMITS.DEFAULT_NODES,
    ofParent: true,
  },
  'Subgraph.edges': cap(LIMITS.MAX_SUBGRAPH_EDGES),
  // Hubs are shown nodes, named by id.
  'Subgraph.hubs': cap(LIMITS.MAX_NODES, false),
  'Topic.stances': cap(6),
  'TopicStance.claims': first(100, COLLECTED),
  // Weighing the claims (server/queries/{claim-interest,edge-support,disputes,timeline,speaker-profile}).
  'Query.edges': { kind: 'argument', argument: 'ids', max: 100, fallback: 100 },
  'Claim.supportedBy': cap(LIMITS.MAX_RELATED_CLAIMS, false),
  'ClaimInterest.because': cap(LIMITS.MAX_INTEREST_EDGES, false),
  'EdgeSupport.speakers': cap(LIMITS.MAX_SUPPORT_LIST, false),
  'EdgeSupport.statedIn': cap(LIMITS.MAX_SUPPORT_LIST, false),
  'EdgeSupport.contradictedBy': cap(LIMITS.MAX_SUPPORT_LIST, false),
  'DisputeConnection.edges': {
    kind: 'argument',
    argument: 'first',
    max: LIMITS.MAX_DISPUTES,
    fallback: LIMITS.DEFAULT_DISPUTES,
    ofParent: true,
  },
  /** Two reasons exist (CONTRADICTS, OPPOSITE_STANCES). */
  'Dispute.reasons': cap(2, false),
  'Dispute.sharedSubjects': cap(10),
  'Dispute.participants': cap(LIMITS.MAX_SUPPORT_LIST),
  'Timeline.entries': {
    kind: 'argument',
    argument: 'first',
    max: LIMITS.MAX_TIMELINE,
    fallback: LIMITS.DEFAULT_TIMELINE,
    ofParent: true,
  },
  'Timeline.undated': {
    kind: 'argument',
    argument: 'first',
    max: LIMITS.MAX_TIMELINE,
    fallback: LIMITS.DEFAULT_TIMELINE,
    ofParent: true,
  },
  'TimelineEntry.facts': cap(20),
  'SpeakerProfile.claims': {
    kind: 'argument',
    argument: 'first',
    max: LIMITS.MAX_PROFILE_CLAIMS,
    fallback: LIMITS.DEFAULT_PROFILE_CLAIMS,
    ofParent: true,
  },
  'SpeakerProfile.stances': cap(LIMITS.MAX_PROFILE_LIST, false),
  'SpeakerProfile.ties': cap(LIMITS.MAX_PROFILE_LIST, false),
  'SpeakerProfile.counterparts': cap(LIMITS.MAX_PROFILE_LIST, false),
  'SpeakerTie.edges': cap(20),
  // Curation (server/mutations). Mutations are not costed (operation-cost.ts); these document their bounds.
  'Source.history': cap(LIMITS.MAX_HISTORY, false),
  'Mutation.reviewClaims': {
    kind: 'argument',
    argument: 'ids',
    max: LIMITS.MAX_REVIEW_IDS,
    fallback: LIMITS.MAX_REVIEW_IDS,
  },
  'SourceDraft.entities': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'SourceDraft.claims': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'SourceDraft.relationships': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'EntityDraft.aliases': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'EntityDraft.mentions': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'ClaimDraft.about': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'ClaimDraft.figures': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'ClaimDraft.supports': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'ClaimDraft.contradicts': cap(LIMITS.MAX_SOURCE_RECORDS, false),
  'RelationshipDraft.claims': cap(LIMITS.MAX_SOURCE_RECORDS, false),
};

/** Fields every entity type has (the Entity interface). */
const ENTITY_COMMON: Record<string, ListBound> = {
  aliases: cap(50),
  mentions: first(100, COLLECTED),
  relationships: cap(RELATED, false),
};

/** Typed relationship fields (developed, worksAt, ...): views of at most MAX_FACT_EDGES_PER_ENTITY edges. */
const RELATIONSHIP_VIEW: ListBound = cap(RELATED, false);

/** The bound of `Type.field`, or undefined when the field is not a list (or unknown). */
export function listBoundOf({
  typeName,
  fieldName,
  isEntity,
}: {
  typeName: string;
  fieldName: string;
  isEntity: boolean;
}): ListBound | undefined {
  const own = QUERY_AND_OTHER[`${typeName}.${fieldName}`];
  if (own) return own;
  if (isEntity) return ENTITY_COMMON[fieldName] ?? RELATIONSHIP_VIEW;
  return undefined;
}

/**
 * Extra cost of fields whose one value is large (a whole document) or that run a store query of their
 * own for each parent (a page of claims with its total count), in units of one ordinary value.
 * `Entity.x` applies to every entity type.
 */
export const FIELD_WEIGHTS: Record<string, number> = {
  'Source.text': 100,
  'Source.claimCount': 20,
  'Entity.claimsBy': 20,
  'Entity.claimsAbout': 20,
  'Entity.mentions': 20,
  'Source.spans': 20,
  'TopicStance.claims': 20,
  'SpeakerClaims.claims': 20,
  'EdgeEvidence.claims': 20,
};

export function fieldWeightOf({
  typeName,
  fieldName,
  isEntity,
}: {
  typeName: string;
  fieldName: string;
  isEntity: boolean;
}): number {
  return FIELD_WEIGHTS[`${typeName}.${fieldName}`] ?? (isEntity ? (FIELD_WEIGHTS[`Entity.${fieldName}`] ?? 0) : 0);
}
