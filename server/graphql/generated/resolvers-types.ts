import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord as EntityRecordModel, ClaimRecord as ClaimRecordModel, EdgeRecord as EdgeRecordModel, GraphNodeRecord as GraphNodeRecordModel, SubgraphRecord as SubgraphRecordModel, PathRecord as PathRecordModel, SearchHitRecord as SearchHitRecordModel, TopicRecord as TopicRecordModel, TopicStanceRecord as TopicStanceRecordModel, StatsRecord as StatsRecordModel, ClaimConnectionRecord as ClaimConnectionRecordModel, ClaimEdgeRecord as ClaimEdgeRecordModel, SourceRecord as SourceRecordModel, SpeakerClaimsRecord as SpeakerClaimsRecordModel, EntityRelationshipRecord as EntityRelationshipRecordModel, ComparisonRecord as ComparisonRecordModel, AffiliationRecord as AffiliationRecordModel, EdgeEvidenceRecord as EdgeEvidenceRecordModel, ClaimSpanRecord as ClaimSpanRecordModel, ClaimInterestRecord as ClaimInterestRecordModel, EdgeSupportRecord as EdgeSupportRecordModel, SupportSpeakerRecord as SupportSpeakerRecordModel, DisputeRecord as DisputeRecordModel, DisputeEdgeRecord as DisputeEdgeRecordModel, DisputeConnectionRecord as DisputeConnectionRecordModel, TimelineRecord as TimelineRecordModel, TimelineEntryRecord as TimelineEntryRecordModel, SpeakerProfileRecord as SpeakerProfileRecordModel, StanceTakenRecord as StanceTakenRecordModel, SpeakerTieRecord as SpeakerTieRecordModel, CounterpartRecord as CounterpartRecordModel } from '../mappers';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A person's role at an organization (WORKS_AT or LEADS). */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** The underlying WORKS_AT or LEADS relationship. */
  edge: Edge;
  /** The organization, company or regulator. */
  organization: Entity;
  /** The person. */
  person: Person;
  /** The title as the source states it ("CEO"), null when not stated. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A leaderboard or benchmark. */
export type Benchmark = Entity & {
  __typename?: 'Benchmark';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made (rarely any). */
  claimsBy: ClaimConnection;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Who published it (incoming PUBLISHED). */
  publishedBy: Array<Entity>;
  /** Models ranked on it (incoming RANKED_ON). */
  rankedModels: Array<Model>;
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Always Benchmark. */
  type: EntityType;
};


/** A leaderboard or benchmark. */
export type BenchmarkClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A leaderboard or benchmark. */
export type BenchmarkClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A leaderboard or benchmark. */
export type BenchmarkMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A leaderboard or benchmark. */
export type BenchmarkRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Something a speaker said, tied to the exact words of a source. */
export type Claim = {
  __typename?: 'Claim';
  /** Fact relationships this claim asserts (e.g. 01.AI DERIVED_FROM LLaMA); at most 20. */
  asserts: Array<Edge>;
  /** Claims this claim conflicts with; at most 20. */
  contradicts: Array<Claim>;
  /** When it was said or what period it is about; null when the source gives no date. */
  date?: Maybe<ClaimDate>;
  /** Numbers the claim carries (possibly none); at most 20. */
  figures: Array<Figure>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Whether the speaker is self-interested, with the edges that make it so. */
  interest: ClaimInterest;
  /** How the claim reaches the reader. */
  kind: ClaimKind;
  /** The exact words of the source. */
  quote: Scalars['String']['output'];
  /** False while the claim is proposed by the extractor (`review: proposed`) and not yet accepted by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** The source document it is stated in. */
  source: Source;
  /** Where in the source the quote sits. */
  span: SourceSpan;
  /** Who asserts it (the article's author for AUTHOR_ASSERTION). */
  speaker: Entity;
  /** The stance it takes within its topic; null when none. */
  stance?: Maybe<TopicStance>;
  /** What the claim is about (at least one entity), in the curator's order; at most 10. */
  subjects: Array<Entity>;
  /** A one-line paraphrase. */
  summary: Scalars['String']['output'];
  /** Claims that support this one (the reverse of `supports`), ordered by (source, position, id); at most 50. */
  supportedBy: Array<Claim>;
  /** Claims this claim agrees with; at most 20. */
  supports: Array<Claim>;
  /** The debate topic the claim takes part in; null when none. */
  topic?: Maybe<Topic>;
};

/** A page of claims, ordered by (source id, position in the source, claim id). */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page with their cursors. */
  edges: Array<ClaimEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** How many claims match the filter in total (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** When a claim was made or what period it refers to. */
export type ClaimDate = {
  __typename?: 'ClaimDate';
  /** How `iso` was obtained. */
  basis: DateBasis;
  /** ISO 8601 prefix (YYYY, YYYY-MM or YYYY-MM-DD) when the year is known or inferred, else null. */
  iso?: Maybe<Scalars['String']['output']>;
  /** How precise the date is. */
  precision: DatePrecision;
  /** The words of the source ("as of July 9", "14 months ago"). */
  text: Scalars['String']['output'];
};

/** When a claim was said, as in ClaimDate. */
export type ClaimDateInput = {
  /** How iso was obtained. */
  basis: DateBasis;
  /** ISO prefix, or null. */
  iso?: InputMaybe<Scalars['String']['input']>;
  /** How precise. */
  precision: DatePrecision;
  /** The words of the source. */
  text: Scalars['String']['input'];
};

/** One item of claims.yaml. */
export type ClaimDraft = {
  __typename?: 'ClaimDraft';
  /** Entity ids the claim is about. */
  about: Array<Scalars['ID']['output']>;
  /** Claim ids it conflicts with. */
  contradicts: Array<Scalars['ID']['output']>;
  /** When it was said, null when the text gives no date. */
  date?: Maybe<ClaimDate>;
  /** Offset after the last character. */
  end?: Maybe<Scalars['Int']['output']>;
  /** Numbers the claim carries. */
  figures: Array<Figure>;
  /** Claim id (slug, unique across sources). */
  id: Scalars['ID']['output'];
  /** How the claim reaches the reader. */
  kind: ClaimKind;
  /** Which match of the quote is meant when it occurs several times. */
  occurrence?: Maybe<Scalars['Int']['output']>;
  /** The exact words. */
  quote: Scalars['String']['output'];
  /** PROPOSED for the extractor's claims; null means accepted. */
  review?: Maybe<ReviewState>;
  /** Entity id of the speaker. */
  speaker: Scalars['ID']['output'];
  /** Stance id within the topic, or null. */
  stance?: Maybe<Scalars['ID']['output']>;
  /** Offset of the first character, null to let the loader find the quote. */
  start?: Maybe<Scalars['Int']['output']>;
  /** One-line paraphrase. */
  summary: Scalars['String']['output'];
  /** Claim ids it agrees with. */
  supports: Array<Scalars['ID']['output']>;
  /** Topic id, or null. */
  topic?: Maybe<Scalars['ID']['output']>;
};

/** One claim, as in ClaimDraft. */
export type ClaimDraftInput = {
  /** Entity ids it is about. */
  about: Array<Scalars['ID']['input']>;
  /** Claim ids it conflicts with. */
  contradicts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When, or null. */
  date?: InputMaybe<ClaimDateInput>;
  /** Offset after the last character. */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Numbers. */
  figures?: InputMaybe<Array<FigureInput>>;
  /** Claim id. */
  id: Scalars['ID']['input'];
  /** How it reaches the reader. */
  kind: ClaimKind;
  /** Which match is meant. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The exact words. */
  quote: Scalars['String']['input'];
  /** Review state; null means accepted. */
  review?: InputMaybe<ReviewState>;
  /** Entity id of the speaker. */
  speaker: Scalars['ID']['input'];
  /** Stance id. */
  stance?: InputMaybe<Scalars['ID']['input']>;
  /** Offset of the first character. */
  start?: InputMaybe<Scalars['Int']['input']>;
  /** One-line paraphrase. */
  summary: Scalars['String']['input'];
  /** Claim ids it agrees with. */
  supports?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Topic id. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** A claim with its pagination cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor; pass it as `after` to get the claims that follow. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Narrows `claims`. Every given field must match (AND). */
export type ClaimFilter = {
  /** Only claims about this entity id. */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims of this kind. */
  kind?: InputMaybe<ClaimKind>;
  /** true: only reviewed claims; false: only proposed ones (made by the extractor, not yet accepted). Default: both. */
  reviewed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims stated in this source id. */
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims said by this entity id. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims taking this stance id. */
  stance?: InputMaybe<Scalars['ID']['input']>;
  /** Every word must occur as a whole word in the quote or the summary (case- and accent-insensitive); at most 200 characters; text without letters or digits matches nothing. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only claims of this topic id. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Whether a claim's speaker is talking about itself or something it is tied to (docs/data-model.md,
 * "Weighing claims"): the speaker is a subject of the claim, or is joined to a subject by a DEVELOPED,
 * LEADS, FOUNDED or WORKS_AT fact edge (one hop, either direction). The source's author is never
 * self-interested by this rule.
 */
export type ClaimInterest = {
  __typename?: 'ClaimInterest';
  /** The fact edges tying the speaker to a subject, sorted by id; at most 20. */
  because: Array<Edge>;
  /** True when the speaker is a subject or is tied to one (see `speakerIsSubject` and `because`). */
  selfInterested: Scalars['Boolean']['output'];
  /** True when the speaker is itself one of the claim's subjects. */
  speakerIsSubject: Scalars['Boolean']['output'];
};

/** How a claim reaches the reader. Mirrors CLAIM_KINDS in server/domain/vocabulary.ts. */
export type ClaimKind =
  /** The author of the source asserts it. */
  | 'AUTHOR_ASSERTION'
  /** The speaker's own words, in quotation marks in the source. */
  | 'DIRECT_QUOTE'
  /** The source reports what the speaker said, in its own words. */
  | 'REPORTED_STATEMENT'
  /** A number the source states. */
  | 'STATISTIC';

/** Claim fields updateClaim may change; omitted fields stay. */
export type ClaimPatch = {
  /** The numbers, replacing the old list. */
  figures?: InputMaybe<Array<FigureInput>>;
  /** Claim kind. */
  kind?: InputMaybe<ClaimKind>;
  /** Entity id of the new speaker (a Person, Company, Organization or Regulator). */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Stance id of the topic; null clears it. */
  stance?: InputMaybe<Scalars['ID']['input']>;
  /** Entity ids the claim is about (at least one). */
  subjects?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** One-line paraphrase. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Topic id; null clears topic and stance. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** The span of one claim in a source, for highlighting. */
export type ClaimSpan = {
  __typename?: 'ClaimSpan';
  /** The claim itself. */
  claim: Claim;
  /** Id of the claim. */
  claimId: Scalars['ID']['output'];
  /** Offset just after the last character. */
  end: Scalars['Int']['output'];
  /** The quoted text. */
  quote: Scalars['String']['output'];
  /** Offset of the first character (UTF-16 code units). */
  start: Scalars['Int']['output'];
};

/** A company. */
export type Company = Entity & {
  __typename?: 'Company';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Places it is based in (BASED_IN). */
  basedIn: Array<Place>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made. */
  claimsBy: ClaimConnection;
  /** What it competes with (COMPETES_WITH, either direction). */
  competesWith: Array<Entity>;
  /** What it depends on (DEPENDS_ON). */
  dependsOn: Array<Entity>;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Models it developed (DEVELOPED). */
  developed: Array<Model>;
  /** Who founded it (incoming FOUNDED). */
  foundedBy: Array<Entity>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Comparisons where it comes out ahead (OUTPERFORMS). */
  outperforms: Array<Comparison>;
  /** What it is part of (PART_OF). */
  partOf: Array<Entity>;
  /** People who lead or work at it (incoming LEADS and WORKS_AT). */
  people: Array<Affiliation>;
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** Things it restricts access to (RESTRICTS_ACCESS). */
  restrictsAccessTo: Array<Entity>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Whose development it supports (SUPPORTS_DEVELOPMENT_OF). */
  supportsDevelopmentOf: Array<Entity>;
  /** Always Company. */
  type: EntityType;
};


/** A company. */
export type CompanyClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company. */
export type CompanyClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company. */
export type CompanyMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company. */
export type CompanyRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A comparison between two things (OUTPERFORMS, ON_PAR_WITH, COMPARED_WITH) seen from one side. */
export type Comparison = {
  __typename?: 'Comparison';
  /** The criteria as the source states them ("interactivity"), null when not stated. */
  criteria?: Maybe<Scalars['String']['output']>;
  /** The underlying relationship, with the claims asserting it. */
  edge: Edge;
  /** The thing on the other side of the comparison. */
  other: Entity;
};

/**
 * Another speaker and how many pairs of claims (one of each) agree or disagree. Agree: SUPPORTS either way,
 * or the same stance of one topic. Disagree: CONTRADICTS either way, or different stances of one topic about
 * a shared subject (the `disputes` rule). A pair may count on both sides.
 */
export type Counterpart = {
  __typename?: 'Counterpart';
  /** Pairs that agree. */
  agreements: Scalars['Int']['output'];
  /** Pairs that disagree. */
  disagreements: Scalars['Int']['output'];
  /** The other speaker. */
  speaker: Entity;
};

/** How the ISO value of a claim date was obtained. */
export type DateBasis =
  /** The year was inferred from the source's publication date. */
  | 'INFERRED_FROM_PUBLICATION'
  /** The source states the date. */
  | 'STATED'
  /** The year is unknown; `iso` is null. */
  | 'UNKNOWN_YEAR';

/** Precision of a claim's date. Mirrors DATE_PRECISIONS in server/domain/vocabulary.ts. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** The month is known. */
  | 'MONTH'
  /** The source gives a relative date ("14 months ago"). */
  | 'RELATIVE'
  /** Only the year is known. */
  | 'YEAR';

/** Which way a relationship points, seen from the entity it is listed on. */
export type Direction =
  /** The entity is the object (`to`) of the relationship. */
  | 'INCOMING'
  /** The entity is the subject (`from`) of the relationship. */
  | 'OUTGOING';

/** Two claims that disagree, side by side. `a.id < b.id`. */
export type Dispute = {
  __typename?: 'Dispute';
  /** The claim with the smaller id. */
  a: Claim;
  /** The other claim. */
  b: Claim;
  /** Stable id `a.id|b.id`. */
  id: Scalars['ID']['output'];
  /** How many participants (the order key). */
  participantCount: Scalars['Int']['output'];
  /** Distinct speakers of both claims and of the claims supporting either, sorted by id. */
  participants: Array<Entity>;
  /** Why they are a dispute, in enum order. */
  reasons: Array<DisputeReason>;
  /** Entities both claims are about, sorted by id. */
  sharedSubjects: Array<Entity>;
};

/** A page of disputes, ordered by participant count (most first), then a's id, then b's id. */
export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  /** The disputes of this page with their cursors. */
  edges: Array<DisputeEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** How many disputes the graph holds (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** A dispute with its pagination cursor. */
export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  /** Opaque cursor; pass it as `after` to get the disputes that follow. */
  cursor: Scalars['String']['output'];
  /** The dispute. */
  node: Dispute;
};

/** Why two claims are listed as a dispute. */
export type DisputeReason =
  /** One claim contradicts the other (a CONTRADICTS relationship, either direction). */
  | 'CONTRADICTS'
  /** They take different stances of one topic and share a subject. */
  | 'OPPOSITE_STANCES';

/** An edge of the graph. Ids are stable: `from--TYPE--to`. */
export type Edge = {
  __typename?: 'Edge';
  /** Ids of the claims asserting a fact edge (the first 50); for a provenance edge, the claim it belongs to. */
  claimIds: Array<Scalars['ID']['output']>;
  /** The claims asserting it (see claimIds; the first 50). */
  claims: Array<Claim>;
  /** Id of the node it starts from (subject). */
  from: Scalars['ID']['output'];
  /** Stable id `from--TYPE--to`. */
  id: Scalars['ID']['output'];
  /** Human label: the type in lower case, with the role when there is one ("leads (CEO)"). */
  label: Scalars['String']['output'];
  /** False while proposed by the extractor: a fact edge by its own review (proposed only if every source listing it proposes it), a provenance edge by its claim's. */
  reviewed: Scalars['Boolean']['output'];
  /** LEADS / WORKS_AT title, OUTPERFORMS criteria...; null when none. */
  role?: Maybe<Scalars['String']['output']>;
  /** How well a fact edge is corroborated; null for provenance edges (SAID, ABOUT, STATED_IN, SUPPORTS, CONTRADICTS). */
  support?: Maybe<EdgeSupport>;
  /** Id of the node it points to (object). */
  to: Scalars['ID']['output'];
  /** The relationship type. */
  type: RelationshipType;
};

/** A fact relationship and the evidence behind it. */
export type EdgeEvidence = {
  __typename?: 'EdgeEvidence';
  /** Claims asserting it, with their quotes, speakers and spans. */
  claims: Array<Claim>;
  /** The relationship. */
  edge: Edge;
  /** The node it starts from. */
  fromNode: GraphNode;
  /** The node it points to. */
  toNode: GraphNode;
};


/** A fact relationship and the evidence behind it. */
export type EdgeEvidenceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How well a fact edge is corroborated, with the evidence: its claims, their speakers and sources. */
export type EdgeSupport = {
  __typename?: 'EdgeSupport';
  /** How many claims assert the edge. */
  claims: Scalars['Int']['output'];
  /** Claims joined by CONTRADICTS (either direction) to a claim asserting the edge, themselves not asserting it; sorted by id, at most 50. */
  contradictedBy: Array<Claim>;
  /** How many distinct speakers assert it without being self-interested. */
  independentSpeakers: Scalars['Int']['output'];
  /** True when the edge has claims and every one of them is self-interested. */
  selfInterestedOnly: Scalars['Boolean']['output'];
  /** How many distinct sources state those claims. */
  sources: Scalars['Int']['output'];
  /** Distinct speakers of those claims, sorted by id; at most 50. */
  speakers: Array<SupportSpeaker>;
  /** Those sources, sorted by id; at most 50. */
  statedIn: Array<Source>;
};

/** Something the sources talk about. Every entity has at least one verbatim mention. */
export type Entity = {
  /** Other names the sources use ("Qwen" for Tongyi Qianwen); at most 50. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about this entity, ordered by (source, position). first: 1..100, default 20. */
  claimsAbout: ClaimConnection;
  /** Claims this entity made, ordered by (source, position). first: 1..100, default 20. */
  claimsBy: ClaimConnection;
  /** Short description taken from the sources. */
  description: Scalars['String']['output'];
  /** Stable slug, e.g. `sensetime`. */
  id: Scalars['ID']['output'];
  /** Where the sources name this entity (at least one), in source order. */
  mentions: Array<SourceSpan>;
  /** Display name as the sources write it. */
  name: Scalars['String']['output'];
  /** Fact relationships touching this entity in either direction, ordered by edge id. */
  relationships: Array<EntityRelationship>;
  /** False while the entity is proposed by the extractor (`review: proposed`) and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** The entity type; also the concrete GraphQL type. */
  type: EntityType;
};


/** Something the sources talk about. Every entity has at least one verbatim mention. */
export type EntityClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the sources talk about. Every entity has at least one verbatim mention. */
export type EntityClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the sources talk about. Every entity has at least one verbatim mention. */
export type EntityMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the sources talk about. Every entity has at least one verbatim mention. */
export type EntityRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** One item of entities.yaml. */
export type EntityDraft = {
  __typename?: 'EntityDraft';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Short description from the text. */
  description: Scalars['String']['output'];
  /** Entity id (slug). */
  id: Scalars['ID']['output'];
  /** Where the text names it. */
  mentions: Array<SpanDraft>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Entity type. */
  type: EntityType;
};

/** One entity, as in EntityDraft. */
export type EntityDraftInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Short description. */
  description: Scalars['String']['input'];
  /** Entity id. */
  id: Scalars['ID']['input'];
  /** Where the text names it (at least one). */
  mentions: Array<SpanDraftInput>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Entity type. */
  type: EntityType;
};

/** Entity fields updateEntity may change; omitted fields stay. */
export type EntityPatch = {
  /** Other names, replacing the old list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Entity type. */
  type?: InputMaybe<EntityType>;
};

/** One fact relationship as seen from one of its two entities. */
export type EntityRelationship = {
  __typename?: 'EntityRelationship';
  /** OUTGOING when this entity is the subject (`edge.from`), INCOMING when it is the object. */
  direction: Direction;
  /** The relationship itself, with the claims asserting it. */
  edge: Edge;
  /** The entity at the other end. */
  other: Entity;
};

/** Kinds of things the sources talk about. Mirrors ENTITY_TYPES in server/domain/vocabulary.ts. */
export type EntityType =
  /** A leaderboard or benchmark models are ranked on. */
  | 'Benchmark'
  /** A company (SenseTime, Baidu, OpenAI). */
  | 'Company'
  /** A conference, release event or other happening. */
  | 'Event'
  /** An AI model or model family (SenseNova 5.5, GPT-4o, LLaMA). */
  | 'Model'
  /** A non-company organization (a university, a research lab, a standards body). */
  | 'Organization'
  /** A named person. */
  | 'Person'
  /** A country, region or city. */
  | 'Place'
  /** A government body that regulates (the Cyberspace Administration of China). */
  | 'Regulator';

/** A conference, release event or other happening. */
export type Event = Entity & {
  __typename?: 'Event';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made (rarely any). */
  claimsBy: ClaimConnection;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Who hosted it (incoming HOSTED). */
  hostedBy: Array<Entity>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Where it took place (LOCATED_IN). */
  locatedIn: Array<Place>;
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** Models released at it (incoming RELEASED_AT). */
  releases: Array<Model>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Always Event. */
  type: EntityType;
};


/** A conference, release event or other happening. */
export type EventClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, release event or other happening. */
export type EventClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, release event or other happening. */
export type EventMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, release event or other happening. */
export type EventRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** One structured number carried by a claim, chartable. */
export type Figure = {
  __typename?: 'Figure';
  /** Figures sharing a chart id are drawn together; null when the figure stands alone. */
  chart?: Maybe<Scalars['String']['output']>;
  /** True when the source says "over" or "more than". */
  isLowerBound: Scalars['Boolean']['output'];
  /** The category within the measure ("China", "US"). */
  label: Scalars['String']['output'];
  /** What is counted ("GenAI patent families filed 2014-2023"). */
  measure: Scalars['String']['output'];
  /** "count", "percent", "parameters", "downloads"... */
  unit: Scalars['String']['output'];
  /** The number. */
  value: Scalars['Float']['output'];
};

/** A number a claim carries, as in Figure. */
export type FigureInput = {
  /** Chart id, or null. */
  chart?: InputMaybe<Scalars['String']['input']>;
  /** True for "over", "more than". */
  isLowerBound?: InputMaybe<Scalars['Boolean']['input']>;
  /** The category. */
  label: Scalars['String']['input'];
  /** What is counted. */
  measure: Scalars['String']['input'];
  /** The unit. */
  unit: Scalars['String']['input'];
  /** The number. */
  value: Scalars['Float']['input'];
};

/** A node as drawn by the graph view: entities, claims and sources share this shape. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The claim, when the node is one. */
  claim?: Maybe<Claim>;
  /** The entity, when the node is one (null for claims and sources). */
  entity?: Maybe<Entity>;
  /** Id of the entity, claim or source. */
  id: Scalars['ID']['output'];
  /** Entity name, claim summary or source title. */
  label: Scalars['String']['output'];
  /** False for a proposed entity or claim (not yet checked by a curator); always true for a source. */
  reviewed: Scalars['Boolean']['output'];
  /** The source, when the node is one. */
  source?: Maybe<Source>;
  /** Its label in the graph. */
  type: NodeType;
};

/** One curation write of a source folder. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** The mutation (saveSource, updateClaim, ...). */
  action: Scalars['String']['output'];
  /** ISO timestamp of the write. */
  at: Scalars['String']['output'];
  /** Name of the write token used. */
  by: Scalars['String']['output'];
  /** What changed, in words. */
  summary: Scalars['String']['output'];
  /** The source's version after the write. */
  version: Scalars['Int']['output'];
};

/** An AI model or model family. */
export type Model = Entity & {
  __typename?: 'Model';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Regulators that approved it (incoming APPROVED). */
  approvedBy: Array<Regulator>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made (rarely any). */
  claimsBy: ClaimConnection;
  /** What it is compared with (COMPARED_WITH, either direction). */
  comparedWith: Array<Comparison>;
  /** Models built from it (incoming DERIVED_FROM). */
  derivatives: Array<Model>;
  /** Models it was built from (DERIVED_FROM). */
  derivedFrom: Array<Model>;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Who developed it (incoming DEVELOPED). */
  developedBy: Array<Entity>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What it is claimed to be on par with (ON_PAR_WITH, either direction). */
  onParWith: Array<Comparison>;
  /** What is claimed to outperform it (incoming OUTPERFORMS). */
  outperformedBy: Array<Comparison>;
  /** What it is claimed to outperform (OUTPERFORMS). */
  outperforms: Array<Comparison>;
  /** Benchmarks it is ranked on (RANKED_ON). */
  rankedOn: Array<Benchmark>;
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** Events it was released at (RELEASED_AT). */
  releasedAt: Array<Event>;
  /** Who restricts access to it (incoming RESTRICTS_ACCESS). */
  restrictedBy: Array<Entity>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Models that succeed it (incoming SUCCEEDS). */
  succeededBy: Array<Model>;
  /** Models it succeeds (SUCCEEDS). */
  succeeds: Array<Model>;
  /** Always Model. */
  type: EntityType;
  /** Models it is a variant of (VARIANT_OF). */
  variantOf: Array<Model>;
  /** Its variants (incoming VARIANT_OF). */
  variants: Array<Model>;
};


/** An AI model or model family. */
export type ModelClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An AI model or model family. */
export type ModelClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An AI model or model family. */
export type ModelMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An AI model or model family. */
export type ModelRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes a source folder with its claims, its relationships and the entities no other folder defines. Returns the id. */
  deleteSource: Scalars['ID']['output'];
  /**
   * Merges entity `merge` into `keep`: every mention, claim (speaker, subjects) and relationship moves to
   * `keep`, whose aliases gain the merged entity's name, aliases and id (so search finds it by the old id).
   */
  mergeEntities: Entity;
  /** Runs the extractor (the one `npm run ingest` uses) on a text and returns a draft in the seed format; writes nothing. */
  proposeSource: SourceDraft;
  /**
   * ACCEPT marks claims as reviewed (`review: accepted`); REJECT deletes them, with their ids in every
   * relationship (a relationship left without claims goes too) and in other claims' supports/contradicts.
   * Returns the ids. A rejected claim that other records still need is a BAD_USER_INPUT naming them.
   */
  reviewClaims: Array<Scalars['ID']['output']>;
  /**
   * Creates or replaces one source folder with exactly these records (a SourceDraft sent back, edited or
   * not). `source.version` null creates the source (CONFLICT when the id exists); otherwise it must be the
   * current version. Validated by the rules of the seed files (docs/seed-format.md).
   */
  saveSource: Source;
  /** Changes fields of one claim; fields left out stay, `topic: null` clears the topic (and stance). */
  updateClaim: Claim;
  /** Changes fields of one entity in every seed folder that defines it. */
  updateEntity: Entity;
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationDeleteSourceArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationProposeSourceArgs = {
  input: ProposeSourceInput;
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationReviewClaimsArgs = {
  decision: ReviewDecision;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationSaveSourceArgs = {
  input: SourceInput;
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationUpdateClaimArgs = {
  id: Scalars['ID']['input'];
  patch: ClaimPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Curation: the only writes (docs/api.md, "Curation"). Every mutation answers FORBIDDEN while
 * WHOSAID_WRITE_TOKENS is unset, and UNAUTHENTICATED without a valid `Authorization: Bearer <token>`.
 * A write rewrites the seed folder(s) WHOSAID_SEED_DIR/sources/<id>/ atomically and the store in one
 * transaction, or nothing: invalid input is one BAD_USER_INPUT error whose `extensions.problems` lists
 * every { file, path, line, message }; a write based on an old version is a CONFLICT naming the current one.
 */
export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  patch: EntityPatch;
};

/**
 * Every node label of the graph: the entity types plus the provenance nodes Claim and Source.
 * Mirrors NODE_TYPES in server/domain/vocabulary.ts.
 */
export type NodeType =
  /** See EntityType.Benchmark. */
  | 'Benchmark'
  /** Something a speaker said, with its verbatim quote. */
  | 'Claim'
  /** See EntityType.Company. */
  | 'Company'
  /** See EntityType.Event. */
  | 'Event'
  /** See EntityType.Model. */
  | 'Model'
  /** See EntityType.Organization. */
  | 'Organization'
  /** See EntityType.Person. */
  | 'Person'
  /** See EntityType.Place. */
  | 'Place'
  /** See EntityType.Regulator. */
  | 'Regulator'
  /** A source document (an article). */
  | 'Source';

/** How many nodes of one type the graph holds. */
export type NodeTypeCount = {
  __typename?: 'NodeTypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The node type. */
  type: NodeType;
};

/** A non-company organization. */
export type Organization = Entity & {
  __typename?: 'Organization';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Places it is based in (BASED_IN). */
  basedIn: Array<Place>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made. */
  claimsBy: ClaimConnection;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Models it developed (DEVELOPED). */
  developed: Array<Model>;
  /** Events it hosted (HOSTED). */
  hosted: Array<Event>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What it is part of (PART_OF). */
  partOf: Array<Entity>;
  /** People who lead or work at it (incoming LEADS and WORKS_AT). */
  people: Array<Affiliation>;
  /** What it published (PUBLISHED). */
  published: Array<Entity>;
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Always Organization. */
  type: EntityType;
};


/** A non-company organization. */
export type OrganizationClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A non-company organization. */
export type OrganizationClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A non-company organization. */
export type OrganizationMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A non-company organization. */
export type OrganizationRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last claim of this page (null when the page is empty). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more claims follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * One shortest path between two entities. When the path walks through claims (viaClaims: true), the
 * claims appear in `steps` and `nodeIds` but not in `nodes`, which lists only the entities.
 */
export type Path = {
  __typename?: 'Path';
  /** Ids of `edges`. */
  edgeIds: Array<Scalars['ID']['output']>;
  /** The edges in walking order; edge i joins nodeIds[i] and nodeIds[i+1], in either direction. */
  edges: Array<Edge>;
  /** Number of edges. */
  length: Scalars['Int']['output'];
  /** Ids of every node on the path (claims included), from `from` to `to`. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** The entities on the path, in walking order (claims skipped). */
  nodes: Array<Entity>;
  /** Every node on the path in walking order, claims included. */
  steps: Array<GraphNode>;
  /** The path as a subgraph, ready to draw. */
  subgraph: Subgraph;
};

/** A named person. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about them. */
  claimsAbout: ClaimConnection;
  /** Claims they made. */
  claimsBy: ClaimConnection;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Models they developed (DEVELOPED). */
  developed: Array<Model>;
  /** What they founded (FOUNDED). */
  founded: Array<Entity>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** What they lead, with their title (LEADS). */
  leads: Array<Affiliation>;
  /** Where the sources name them. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Fact relationships touching them. */
  relationships: Array<EntityRelationship>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Always Person. */
  type: EntityType;
  /** Where they work, with their role (WORKS_AT). */
  worksAt: Array<Affiliation>;
};


/** A named person. */
export type PersonClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A country, region or city. */
export type Place = Entity & {
  __typename?: 'Place';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Organizations based here (incoming BASED_IN). */
  basedHere: Array<Entity>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made (a country as a speaker is rare). */
  claimsBy: ClaimConnection;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Things located here (incoming LOCATED_IN). */
  locatedHere: Array<Entity>;
  /** Larger places it lies in (LOCATED_IN / PART_OF). */
  locatedIn: Array<Place>;
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Always Place. */
  type: EntityType;
};


/** A country, region or city. */
export type PlaceClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country, region or city. */
export type PlaceClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country, region or city. */
export type PlaceMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country, region or city. */
export type PlaceRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A text and what is known about it, for proposeSource. */
export type ProposeSourceInput = {
  /** The author's name, as written. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Source id (a lower-case slug); derived from the title when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The document, at most 200,000 characters. */
  text: Scalars['String']['input'];
  /** Title of the document. */
  title: Scalars['String']['input'];
  /** Where it was published (an http(s) URL). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type Query = {
  __typename?: 'Query';
  /** One claim by id; null when unknown. */
  claim?: Maybe<Claim>;
  /** Claims, filtered, in pages ordered by (source, position, id). */
  claims: ClaimConnection;
  /** Pairs of claims that disagree (CONTRADICTS, or opposite stances of a topic about a shared subject), most participants first. */
  disputes: DisputeConnection;
  /** A relationship and the claims behind it; null when the edge id is unknown. */
  edgeEvidence?: Maybe<EdgeEvidence>;
  /** Edges by id, in request order, null for unknown ids (the client asks `support` of the fact edges it draws). */
  edges: Array<Maybe<Edge>>;
  /** Entities by id; result[i] belongs to ids[i] and is null when unknown. At most 100 ids. */
  entities: Array<Maybe<Entity>>;
  /** One entity by id; null when unknown. */
  entity?: Maybe<Entity>;
  /** Breadth-first subgraph around the seed ids (unknown seeds are ignored). */
  neighbourhood: Subgraph;
  /** All shortest paths between two entities (undirected), at most 20, sorted by node ids; [] when unconnected. */
  paths: Array<Path>;
  /** Entities whose names or aliases match `text` (case/accent-insensitive, prefix and fuzzy), best first. */
  search: Array<SearchHit>;
  /** One source document with its text and claim spans; null when unknown. */
  source?: Maybe<Source>;
  /** Source documents, sorted by id (the first `first`). */
  sources: Array<Source>;
  /** The profile of a speaker; null when `id` is not an entity. */
  speakerProfile?: Maybe<SpeakerProfile>;
  /** Counts of nodes and relationships by type. */
  stats: Stats;
  /** Claims by or about `subject` (all claims when omitted) on a time axis between `from` and `to` (inclusive ISO prefixes, either open), plus the undated ones. */
  timeline: Timeline;
  /** Debate topics, sorted by id, with claims grouped by stance. */
  topics: Array<Topic>;
  /** Who said what about an entity: speakers ordered by name then id, each with their claims (at most 1000 claims in all). */
  whoSaid: Array<SpeakerClaims>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryEdgeEvidenceArgs = {
  edgeId: Scalars['ID']['input'];
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryEdgesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nodeTypes?: InputMaybe<Array<NodeType>>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
  viaClaims?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QuerySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QuerySpeakerProfileArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryTopicsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read-only entry points. Every list is bounded; the limits are in docs/api.md. Unknown ids give null
 * (entity, claim, source, edgeEvidence) or an empty list (whoSaid, neighbourhood); paths names an unknown
 * endpoint with a NOT_FOUND error.
 */
export type QueryWhoSaidArgs = {
  about: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A government body that regulates. */
export type Regulator = Entity & {
  __typename?: 'Regulator';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** What it approved (APPROVED). */
  approved: Array<Entity>;
  /** Places it is based in (BASED_IN). */
  basedIn: Array<Place>;
  /** Claims about it. */
  claimsAbout: ClaimConnection;
  /** Claims it made. */
  claimsBy: ClaimConnection;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Where the sources name it. */
  mentions: Array<SourceSpan>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What it is part of (PART_OF). */
  partOf: Array<Entity>;
  /** People who lead or work at it (incoming LEADS and WORKS_AT). */
  people: Array<Affiliation>;
  /** What it regulates (REGULATES). */
  regulates: Array<Entity>;
  /** Fact relationships touching it. */
  relationships: Array<EntityRelationship>;
  /** What it restricts access to (RESTRICTS_ACCESS). */
  restrictsAccessTo: Array<Entity>;
  /** False while the entity is proposed by the extractor and not yet checked by a curator. */
  reviewed: Scalars['Boolean']['output'];
  /** Always Regulator. */
  type: EntityType;
};


/** A government body that regulates. */
export type RegulatorClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A government body that regulates. */
export type RegulatorClaimsByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A government body that regulates. */
export type RegulatorMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A government body that regulates. */
export type RegulatorRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** One item of relationships.yaml. */
export type RelationshipDraft = {
  __typename?: 'RelationshipDraft';
  /** Claim ids asserting it (at least one). */
  claims: Array<Scalars['ID']['output']>;
  /** Entity id of the subject. */
  from: Scalars['ID']['output'];
  /** Role or criteria, or null. */
  role?: Maybe<Scalars['String']['output']>;
  /** Entity id of the object. */
  to: Scalars['ID']['output'];
  /** A fact relationship type (not a provenance one). */
  type: RelationshipType;
};

/** One relationship, as in RelationshipDraft. */
export type RelationshipDraftInput = {
  /** Claim ids asserting it. */
  claims: Array<Scalars['ID']['input']>;
  /** Entity id of the subject. */
  from: Scalars['ID']['input'];
  /** Role or criteria. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Entity id of the object. */
  to: Scalars['ID']['input'];
  /** A fact relationship type. */
  type: RelationshipType;
};

/**
 * Every relationship type of the graph. Fact relationships (DEVELOPED ... DEPENDS_ON) join entities and
 * are each asserted by at least one claim; SAID, ABOUT, STATED_IN, SUPPORTS and CONTRADICTS are
 * provenance relationships created from claims. Direction is subject -> object as read in the sentence.
 * Mirrors RELATIONSHIP_TYPES in server/domain/vocabulary.ts.
 */
export type RelationshipType =
  /** Provenance: Claim -ABOUT-> entity. */
  | 'ABOUT'
  /** A regulator approved something. */
  | 'APPROVED'
  /** An organization is based in a place. */
  | 'BASED_IN'
  /** Two things are compared without a winner. */
  | 'COMPARED_WITH'
  /** Two parties compete. */
  | 'COMPETES_WITH'
  /** Provenance: Claim -CONTRADICTS-> Claim. */
  | 'CONTRADICTS'
  /** Something depends on something else. */
  | 'DEPENDS_ON'
  /** A model was built from another model. */
  | 'DERIVED_FROM'
  /** An organization or person developed a model. */
  | 'DEVELOPED'
  /** A person or organization founded an organization. */
  | 'FOUNDED'
  /** An organization hosted an event. */
  | 'HOSTED'
  /** A person leads an organization (role: the title). */
  | 'LEADS'
  /** A place or event is located in a place. */
  | 'LOCATED_IN'
  /** Something is claimed to be on par with something else (role: the criteria). */
  | 'ON_PAR_WITH'
  /** Something is claimed to do better than something else (role: the criteria). */
  | 'OUTPERFORMS'
  /** Something is part of something larger. */
  | 'PART_OF'
  /** An organization published something (a benchmark, a report). */
  | 'PUBLISHED'
  /** A model is ranked on a benchmark. */
  | 'RANKED_ON'
  /** A regulator regulates something. */
  | 'REGULATES'
  /** A model was released at an event. */
  | 'RELEASED_AT'
  /** Someone restricts access to something. */
  | 'RESTRICTS_ACCESS'
  /** Provenance: speaker -SAID-> Claim. */
  | 'SAID'
  /** Provenance: Claim -STATED_IN-> Source. */
  | 'STATED_IN'
  /** A model is the successor of another model. */
  | 'SUCCEEDS'
  /** Provenance: Claim -SUPPORTS-> Claim. */
  | 'SUPPORTS'
  /** Someone supports the development of something. */
  | 'SUPPORTS_DEVELOPMENT_OF'
  /** A model is a variant of another model. */
  | 'VARIANT_OF'
  /** A person works at an organization (role: the title). */
  | 'WORKS_AT';

/** How many relationships of one type the graph holds. */
export type RelationshipTypeCount = {
  __typename?: 'RelationshipTypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The relationship type. */
  type: RelationshipType;
};

/** What reviewClaims does. */
export type ReviewDecision =
  /** Mark the claims as checked by a curator. */
  | 'ACCEPT'
  /** Delete the claims. */
  | 'REJECT';

/** Whether a record has been checked by a curator. */
export type ReviewState =
  /** Checked (also every hand-written record). */
  | 'ACCEPTED'
  /** Made by the extractor, not yet checked. */
  | 'PROPOSED';

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance, 0 < score <= 1 (exact name > prefix > fuzzy). */
  score: Scalars['Float']['output'];
};

/** A source document. */
export type Source = {
  __typename?: 'Source';
  /** Its author as an entity, null when unknown. */
  author?: Maybe<Entity>;
  /** How many claims are stated in it. */
  claimCount: Scalars['Int']['output'];
  /** Who changed what and when, newest first: the last 100 curation writes of its seed folder. */
  history: Array<HistoryEntry>;
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Length of the text in UTF-16 code units. */
  length: Scalars['Int']['output'];
  /** ISO date prefix of publication, null when the document does not say. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Who published it, null when unknown. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Spans of every claim stated in it, sorted by start (then claim id); at most 1000. */
  spans: Array<ClaimSpan>;
  /** The full text, byte for byte; claim spans index into it. */
  text: Scalars['String']['output'];
  /** Title of the document. */
  title: Scalars['String']['output'];
  /** Where it was published, null when unknown. */
  url?: Maybe<Scalars['String']['output']>;
  /** Bumped by every curation write of its seed folder (1 for a hand-written folder); saveSource, updateClaim and deleteSource take it to detect conflicts. */
  version: Scalars['Int']['output'];
};


/** A source document. */
export type SourceSpansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A whole source in the seed format (docs/seed-format.md): what saveSource writes and proposeSource proposes. */
export type SourceDraft = {
  __typename?: 'SourceDraft';
  /** claims.yaml. */
  claims: Array<ClaimDraft>;
  /** entities.yaml. */
  entities: Array<EntityDraft>;
  /** relationships.yaml. */
  relationships: Array<RelationshipDraft>;
  /** source.yaml. */
  source: SourceMeta;
  /** text.txt. */
  text: Scalars['String']['output'];
};

/** A whole source for saveSource: the same fields as SourceDraft. */
export type SourceInput = {
  /** claims.yaml, at most 2000. */
  claims: Array<ClaimDraftInput>;
  /** entities.yaml, at most 2000. */
  entities: Array<EntityDraftInput>;
  /** relationships.yaml, at most 2000. */
  relationships: Array<RelationshipDraftInput>;
  /** source.yaml. */
  source: SourceMetaInput;
  /** text.txt, at most 200,000 characters. */
  text: Scalars['String']['input'];
};

/** source.yaml. */
export type SourceMeta = {
  __typename?: 'SourceMeta';
  /** Entity id of the author, null when unknown. */
  author?: Maybe<Scalars['ID']['output']>;
  /** Source id, also the folder name. */
  id: Scalars['ID']['output'];
  /** Curator's notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD, null when unknown. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Publisher, null when unknown. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** URL, null when unknown. */
  url?: Maybe<Scalars['String']['output']>;
  /** Current version of the saved source; null for a source not saved yet. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** source.yaml, as in SourceMeta. */
export type SourceMetaInput = {
  /** Entity id of the author (defined in entities). */
  author?: InputMaybe<Scalars['ID']['input']>;
  /** Source id (slug), also the folder name. */
  id: Scalars['ID']['input'];
  /** Curator's notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
  /** URL. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version this edit is based on; null to create a new source. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A verbatim piece of a source document. Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive. */
export type SourceSpan = {
  __typename?: 'SourceSpan';
  /** Offset just after the last character. */
  end: Scalars['Int']['output'];
  /** The exact text: source.text.slice(start, end). */
  quote: Scalars['String']['output'];
  /** Id of the source document the span belongs to. */
  sourceId: Scalars['ID']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** A verbatim piece of the text. */
export type SpanDraft = {
  __typename?: 'SpanDraft';
  /** Offset after the last character. */
  end?: Maybe<Scalars['Int']['output']>;
  /** Which match of the quote is meant (1 = first) when it occurs several times. */
  occurrence?: Maybe<Scalars['Int']['output']>;
  /** The exact words. */
  quote: Scalars['String']['output'];
  /** Offset of the first character (UTF-16 code units), null to let the loader find the quote. */
  start?: Maybe<Scalars['Int']['output']>;
};

/** A verbatim piece of the text, as in SpanDraft. */
export type SpanDraftInput = {
  /** Offset after the last character. */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Which match is meant. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The exact words. */
  quote: Scalars['String']['input'];
  /** Offset of the first character. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** Everything one speaker said about an entity. */
export type SpeakerClaims = {
  __typename?: 'SpeakerClaims';
  /** Their claims about the entity, ordered by (source, position). */
  claims: Array<Claim>;
  /** The speaker. */
  speaker: Entity;
};


/** Everything one speaker said about an entity. */
export type SpeakerClaimsClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a person or organisation said, the stances it took, what it is tied to, and who agrees or disagrees with it. */
export type SpeakerProfile = {
  __typename?: 'SpeakerProfile';
  /** How many claims it made. */
  claimCount: Scalars['Int']['output'];
  /** Its claims, ordered by (source, position, id); at most `first`. */
  claims: Array<Claim>;
  /** Who agrees or disagrees with it, most pairs first, then id; at most 50. */
  counterparts: Array<Counterpart>;
  /** How many of its claims are self-interested (the `Claim.interest` rule). */
  selfInterestedClaims: Scalars['Int']['output'];
  /** The speaker. */
  speaker: Entity;
  /** Topics and stances taken, most claims first, then topic id, then stance id (null last); at most 50. */
  stances: Array<StanceTaken>;
  /** Entities it is tied to, with how often it speaks about each; most claims first, then id; at most 50. */
  ties: Array<SpeakerTie>;
};

/** An entity the speaker is tied to by DEVELOPED, LEADS, FOUNDED or WORKS_AT (either direction). */
export type SpeakerTie = {
  __typename?: 'SpeakerTie';
  /** How many of the speaker's claims are about this entity. */
  claims: Scalars['Int']['output'];
  /** The edges tying them, sorted by id; at most 20. */
  edges: Array<Edge>;
  /** The entity. */
  entity: Entity;
};

/** A stance (or just a topic, when `stance` is null) a speaker took, with how many claims. */
export type StanceTaken = {
  __typename?: 'StanceTaken';
  /** How many of the speaker's claims take it. */
  claims: Scalars['Int']['output'];
  /** The stance; null when the claims are on the topic without taking one of its stances. */
  stance?: Maybe<TopicStance>;
  /** The topic. */
  topic: Topic;
};

/** Size of the graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Every node type in vocabulary order, zeros included. */
  nodes: Array<NodeTypeCount>;
  /** Every relationship type in vocabulary order, zeros included. */
  relationships: Array<RelationshipTypeCount>;
  /** Sum of the node counts. */
  totalNodes: Scalars['Int']['output'];
  /** Sum of the relationship counts. */
  totalRelationships: Scalars['Int']['output'];
};

/** A bounded piece of the graph, shaped for Cytoscape (nodes + edges). */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Edges sorted by id; only edges whose two ends are in `nodes`; at most 4000. */
  edges: Array<Edge>;
  /**
   * Ids of shown nodes with more than 1000 relationships (hubs, such as a country) that the walk reached and
   * would have walked through within the depth, but did not: their neighbours are not part of this answer.
   * Expand a hub (ask for its own neighbourhood) to see them. Seeds are always walked.
   */
  hubs: Array<Scalars['ID']['output']>;
  /** Nodes sorted by (distance from the seeds, id). */
  nodes: Array<GraphNode>;
  /** How many reachable nodes were left out (counted exactly up to 10000). */
  omittedNodes: Scalars['Int']['output'];
  /** True when the node limit left reachable nodes out. */
  truncated: Scalars['Boolean']['output'];
};

/** One speaker asserting a fact edge. */
export type SupportSpeaker = {
  __typename?: 'SupportSpeaker';
  /** True when at least one of their claims asserting the edge is not self-interested. */
  independent: Scalars['Boolean']['output'];
  /** The speaker. */
  speaker: Entity;
};

/** Claims and facts on a time axis, and the claims whose time cannot be placed. */
export type Timeline = {
  __typename?: 'Timeline';
  /** Dated entries in the period, ordered by the start of `at`, then `at`, then claim id; at most `first`. */
  entries: Array<TimelineEntry>;
  /** How many dated entries the period holds (before the cut at `first`). */
  totalCount: Scalars['Int']['output'];
  /** Claims stating a time that neither their own date nor their source's date places (e.g. "14 months ago" in an undated article), ordered by (source, position, id); at most `first`. */
  undated: Array<Claim>;
  /** How many undated claims there are (before the cut). */
  undatedCount: Scalars['Int']['output'];
};

/** A claim on the time axis, with the facts it asserts. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD): the period the entry covers. */
  at: Scalars['String']['output'];
  /** The claim. */
  claim: Claim;
  /** The fact edges the claim asserts, sorted by id. */
  facts: Array<Edge>;
  /** Where `at` comes from. */
  placedBy: TimelinePlacement;
};

/** How a timeline entry got its place on the axis (docs/data-model.md, "Timeline"). */
export type TimelinePlacement =
  /** The claim's own date has an ISO value (stated, or inferred from the publication date). */
  | 'CLAIM_DATE'
  /** The claim states no placeable date (a relative one, or none); its source's publication date is used. */
  | 'SOURCE_DATE';

/** A debate topic and the stances claims take on it. */
export type Topic = {
  __typename?: 'Topic';
  /** What the debate is about. */
  description: Scalars['String']['output'];
  /** Stable slug. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The stances, in the curator's order, each with its claims; at most 6. */
  stances: Array<TopicStance>;
};

/** One position within a topic. */
export type TopicStance = {
  __typename?: 'TopicStance';
  /** Claims taking this stance, ordered by (source, position); at most 1000. */
  claims: Array<Claim>;
  /** Stable slug, unique within its topic. */
  id: Scalars['ID']['output'];
  /** Display label. */
  label: Scalars['String']['output'];
};


/** One position within a topic. */
export type TopicStanceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Affiliation: ResolverTypeWrapper<AffiliationRecordModel>;
  Benchmark: ResolverTypeWrapper<EntityRecordModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRecordModel>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionRecordModel>;
  ClaimDate: ResolverTypeWrapper<ClaimDate>;
  ClaimDateInput: ClaimDateInput;
  ClaimDraft: ResolverTypeWrapper<ClaimDraft>;
  ClaimDraftInput: ClaimDraftInput;
  ClaimEdge: ResolverTypeWrapper<ClaimEdgeRecordModel>;
  ClaimFilter: ClaimFilter;
  ClaimInterest: ResolverTypeWrapper<ClaimInterestRecordModel>;
  ClaimKind: ClaimKind;
  ClaimPatch: ClaimPatch;
  ClaimSpan: ResolverTypeWrapper<ClaimSpanRecordModel>;
  Company: ResolverTypeWrapper<EntityRecordModel>;
  Comparison: ResolverTypeWrapper<ComparisonRecordModel>;
  Counterpart: ResolverTypeWrapper<CounterpartRecordModel>;
  DateBasis: DateBasis;
  DatePrecision: DatePrecision;
  Direction: Direction;
  Dispute: ResolverTypeWrapper<DisputeRecordModel>;
  DisputeConnection: ResolverTypeWrapper<DisputeConnectionRecordModel>;
  DisputeEdge: ResolverTypeWrapper<DisputeEdgeRecordModel>;
  DisputeReason: DisputeReason;
  Edge: ResolverTypeWrapper<EdgeRecordModel>;
  EdgeEvidence: ResolverTypeWrapper<EdgeEvidenceRecordModel>;
  EdgeSupport: ResolverTypeWrapper<EdgeSupportRecordModel>;
  Entity: ResolverTypeWrapper<EntityRecordModel>;
  EntityDraft: ResolverTypeWrapper<EntityDraft>;
  EntityDraftInput: EntityDraftInput;
  EntityPatch: EntityPatch;
  EntityRelationship: ResolverTypeWrapper<EntityRelationshipRecordModel>;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EntityRecordModel>;
  Figure: ResolverTypeWrapper<Figure>;
  FigureInput: FigureInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphNode: ResolverTypeWrapper<GraphNodeRecordModel>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Model: ResolverTypeWrapper<EntityRecordModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeType: NodeType;
  NodeTypeCount: ResolverTypeWrapper<NodeTypeCount>;
  Organization: ResolverTypeWrapper<EntityRecordModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRecordModel>;
  Person: ResolverTypeWrapper<EntityRecordModel>;
  Place: ResolverTypeWrapper<EntityRecordModel>;
  ProposeSourceInput: ProposeSourceInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regulator: ResolverTypeWrapper<EntityRecordModel>;
  RelationshipDraft: ResolverTypeWrapper<RelationshipDraft>;
  RelationshipDraftInput: RelationshipDraftInput;
  RelationshipType: RelationshipType;
  RelationshipTypeCount: ResolverTypeWrapper<RelationshipTypeCount>;
  ReviewDecision: ReviewDecision;
  ReviewState: ReviewState;
  SearchHit: ResolverTypeWrapper<SearchHitRecordModel>;
  Source: ResolverTypeWrapper<SourceRecordModel>;
  SourceDraft: ResolverTypeWrapper<SourceDraft>;
  SourceInput: SourceInput;
  SourceMeta: ResolverTypeWrapper<SourceMeta>;
  SourceMetaInput: SourceMetaInput;
  SourceSpan: ResolverTypeWrapper<SourceSpan>;
  SpanDraft: ResolverTypeWrapper<SpanDraft>;
  SpanDraftInput: SpanDraftInput;
  SpeakerClaims: ResolverTypeWrapper<SpeakerClaimsRecordModel>;
  SpeakerProfile: ResolverTypeWrapper<SpeakerProfileRecordModel>;
  SpeakerTie: ResolverTypeWrapper<SpeakerTieRecordModel>;
  StanceTaken: ResolverTypeWrapper<StanceTakenRecordModel>;
  Stats: ResolverTypeWrapper<StatsRecordModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecordModel>;
  SupportSpeaker: ResolverTypeWrapper<SupportSpeakerRecordModel>;
  Timeline: ResolverTypeWrapper<TimelineRecordModel>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRecordModel>;
  TimelinePlacement: TimelinePlacement;
  Topic: ResolverTypeWrapper<TopicRecordModel>;
  TopicStance: ResolverTypeWrapper<TopicStanceRecordModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Affiliation: AffiliationRecordModel;
  Benchmark: EntityRecordModel;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRecordModel;
  ClaimConnection: ClaimConnectionRecordModel;
  ClaimDate: ClaimDate;
  ClaimDateInput: ClaimDateInput;
  ClaimDraft: ClaimDraft;
  ClaimDraftInput: ClaimDraftInput;
  ClaimEdge: ClaimEdgeRecordModel;
  ClaimFilter: ClaimFilter;
  ClaimInterest: ClaimInterestRecordModel;
  ClaimPatch: ClaimPatch;
  ClaimSpan: ClaimSpanRecordModel;
  Company: EntityRecordModel;
  Comparison: ComparisonRecordModel;
  Counterpart: CounterpartRecordModel;
  Dispute: DisputeRecordModel;
  DisputeConnection: DisputeConnectionRecordModel;
  DisputeEdge: DisputeEdgeRecordModel;
  Edge: EdgeRecordModel;
  EdgeEvidence: EdgeEvidenceRecordModel;
  EdgeSupport: EdgeSupportRecordModel;
  Entity: EntityRecordModel;
  EntityDraft: EntityDraft;
  EntityDraftInput: EntityDraftInput;
  EntityPatch: EntityPatch;
  EntityRelationship: EntityRelationshipRecordModel;
  Event: EntityRecordModel;
  Figure: Figure;
  FigureInput: FigureInput;
  Float: Scalars['Float']['output'];
  GraphNode: GraphNodeRecordModel;
  HistoryEntry: HistoryEntry;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Model: EntityRecordModel;
  Mutation: Record<PropertyKey, never>;
  NodeTypeCount: NodeTypeCount;
  Organization: EntityRecordModel;
  PageInfo: PageInfo;
  Path: PathRecordModel;
  Person: EntityRecordModel;
  Place: EntityRecordModel;
  ProposeSourceInput: ProposeSourceInput;
  Query: Record<PropertyKey, never>;
  Regulator: EntityRecordModel;
  RelationshipDraft: RelationshipDraft;
  RelationshipDraftInput: RelationshipDraftInput;
  RelationshipTypeCount: RelationshipTypeCount;
  SearchHit: SearchHitRecordModel;
  Source: SourceRecordModel;
  SourceDraft: SourceDraft;
  SourceInput: SourceInput;
  SourceMeta: SourceMeta;
  SourceMetaInput: SourceMetaInput;
  SourceSpan: SourceSpan;
  SpanDraft: SpanDraft;
  SpanDraftInput: SpanDraftInput;
  SpeakerClaims: SpeakerClaimsRecordModel;
  SpeakerProfile: SpeakerProfileRecordModel;
  SpeakerTie: SpeakerTieRecordModel;
  StanceTaken: StanceTakenRecordModel;
  Stats: StatsRecordModel;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecordModel;
  SupportSpeaker: SupportSpeakerRecordModel;
  Timeline: TimelineRecordModel;
  TimelineEntry: TimelineEntryRecordModel;
  Topic: TopicRecordModel;
  TopicStance: TopicStanceRecordModel;
}>;

export type AffiliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = ResolversObject<{
  edge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BenchmarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Benchmark'] = ResolversParentTypes['Benchmark']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<BenchmarkClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<BenchmarkClaimsByArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<BenchmarkMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  rankedModels?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<BenchmarkRelationshipsArgs>>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  asserts?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['ClaimDate']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['ClaimInterest'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['SourceSpan'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['TopicStance']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimDateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimDate'] = ResolversParentTypes['ClaimDate']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  iso?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClaimDraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimDraft'] = ResolversParentTypes['ClaimDraft']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['ClaimDate']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  occurrence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['ReviewState']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type ClaimInterestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimInterest'] = ResolversParentTypes['ClaimInterest']> = ResolversObject<{
  because?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  selfInterested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speakerIsSubject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ClaimSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimSpan'] = ResolversParentTypes['ClaimSpan']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<CompanyClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<CompanyClaimsByArgs>>;
  competesWith?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  developed?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  foundedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<CompanyMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outperforms?: Resolver<Array<ResolversTypes['Comparison']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<CompanyRelationshipsArgs>>;
  restrictsAccessTo?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supportsDevelopmentOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = ResolversObject<{
  criteria?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type CounterpartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Counterpart'] = ResolversParentTypes['Counterpart']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disagreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type DisputeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DisputeReason']>, ParentType, ContextType>;
  sharedSubjects?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type DisputeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisputeConnection'] = ResolversParentTypes['DisputeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisputeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisputeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisputeEdge'] = ResolversParentTypes['DisputeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType>;
}>;

export type EdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = ResolversObject<{
  claimIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<Maybe<ResolversTypes['EdgeSupport']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
}>;

export type EdgeEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EdgeEvidence'] = ResolversParentTypes['EdgeEvidence']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<EdgeEvidenceClaimsArgs>>;
  edge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType>;
  fromNode?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  toNode?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
}>;

export type EdgeSupportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EdgeSupport'] = ResolversParentTypes['EdgeSupport']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  independentSpeakers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfInterestedOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['SupportSpeaker']>, ParentType, ContextType>;
  statedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Benchmark' | 'Company' | 'Event' | 'Model' | 'Organization' | 'Person' | 'Place' | 'Regulator', ParentType, ContextType>;
}>;

export type EntityDraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityDraft'] = ResolversParentTypes['EntityDraft']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SpanDraft']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
}>;

export type EntityRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityRelationship'] = ResolversParentTypes['EntityRelationship']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  edge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<EventClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<EventClaimsByArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<EventMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<EventRelationshipsArgs>>;
  releases?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  chart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  approvedBy?: Resolver<Array<ResolversTypes['Regulator']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<ModelClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<ModelClaimsByArgs>>;
  comparedWith?: Resolver<Array<ResolversTypes['Comparison']>, ParentType, ContextType>;
  derivatives?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  derivedFrom?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  developedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<ModelMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onParWith?: Resolver<Array<ResolversTypes['Comparison']>, ParentType, ContextType>;
  outperformedBy?: Resolver<Array<ResolversTypes['Comparison']>, ParentType, ContextType>;
  outperforms?: Resolver<Array<ResolversTypes['Comparison']>, ParentType, ContextType>;
  rankedOn?: Resolver<Array<ResolversTypes['Benchmark']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<ModelRelationshipsArgs>>;
  releasedAt?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  restrictedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  succeededBy?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  succeeds?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variantOf?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteSource?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  proposeSource?: Resolver<ResolversTypes['SourceDraft'], ParentType, ContextType, RequireFields<MutationProposeSourceArgs, 'input'>>;
  reviewClaims?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationReviewClaimsArgs, 'decision' | 'ids'>>;
  saveSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationSaveSourceArgs, 'input'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'patch'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'patch'>>;
}>;

export type NodeTypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeTypeCount'] = ResolversParentTypes['NodeTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<OrganizationClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<OrganizationClaimsByArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  developed?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  hosted?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<OrganizationMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  published?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<OrganizationRelationshipsArgs>>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<PersonClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<PersonClaimsByArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  developed?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  founded?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<PersonMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<PersonRelationshipsArgs>>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  worksAt?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basedHere?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<PlaceClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<PlaceClaimsByArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locatedHere?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<PlaceMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<PlaceRelationshipsArgs>>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
  disputes?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, Partial<QueryDisputesArgs>>;
  edgeEvidence?: Resolver<Maybe<ResolversTypes['EdgeEvidence']>, ParentType, ContextType, RequireFields<QueryEdgeEvidenceArgs, 'edgeId'>>;
  edges?: Resolver<Array<Maybe<ResolversTypes['Edge']>>, ParentType, ContextType, RequireFields<QueryEdgesArgs, 'ids'>>;
  entities?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'ids'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'ids'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerySourcesArgs>>;
  speakerProfile?: Resolver<Maybe<ResolversTypes['SpeakerProfile']>, ParentType, ContextType, RequireFields<QuerySpeakerProfileArgs, 'id'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType, Partial<QueryTimelineArgs>>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType, Partial<QueryTopicsArgs>>;
  whoSaid?: Resolver<Array<ResolversTypes['SpeakerClaims']>, ParentType, ContextType, RequireFields<QueryWhoSaidArgs, 'about'>>;
}>;

export type RegulatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Regulator'] = ResolversParentTypes['Regulator']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  approved?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  basedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<RegulatorClaimsAboutArgs>>;
  claimsBy?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<RegulatorClaimsByArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType, Partial<RegulatorMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  regulates?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType, Partial<RegulatorRelationshipsArgs>>;
  restrictsAccessTo?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RelationshipDraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipDraft'] = ResolversParentTypes['RelationshipDraft']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
}>;

export type RelationshipTypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationshipTypeCount'] = ResolversParentTypes['RelationshipTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['ClaimSpan']>, ParentType, ContextType, Partial<SourceSpansArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourceDraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceDraft'] = ResolversParentTypes['SourceDraft']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['ClaimDraft']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['EntityDraft']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipDraft']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SourceMeta'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SourceMetaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceMeta'] = ResolversParentTypes['SourceMeta']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SourceSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceSpan'] = ResolversParentTypes['SourceSpan']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SpanDraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpanDraft'] = ResolversParentTypes['SpanDraft']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  occurrence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SpeakerClaimsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpeakerClaims'] = ResolversParentTypes['SpeakerClaims']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<SpeakerClaimsClaimsArgs>>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type SpeakerProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpeakerProfile'] = ResolversParentTypes['SpeakerProfile']> = ResolversObject<{
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  counterparts?: Resolver<Array<ResolversTypes['Counterpart']>, ParentType, ContextType>;
  selfInterestedClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['StanceTaken']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['SpeakerTie']>, ParentType, ContextType>;
}>;

export type SpeakerTieResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpeakerTie'] = ResolversParentTypes['SpeakerTie']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type StanceTakenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StanceTaken'] = ResolversParentTypes['StanceTaken']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['TopicStance']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
}>;

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['NodeTypeCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipTypeCount']>, ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  hubs?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omittedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SupportSpeakerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportSpeaker'] = ResolversParentTypes['SupportSpeaker']> = ResolversObject<{
  independent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  undatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  placedBy?: Resolver<ResolversTypes['TimelinePlacement'], ParentType, ContextType>;
}>;

export type TopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['TopicStance']>, ParentType, ContextType>;
}>;

export type TopicStanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicStance'] = ResolversParentTypes['TopicStance']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<TopicStanceClaimsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Affiliation?: AffiliationResolvers<ContextType>;
  Benchmark?: BenchmarkResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimDate?: ClaimDateResolvers<ContextType>;
  ClaimDraft?: ClaimDraftResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimInterest?: ClaimInterestResolvers<ContextType>;
  ClaimSpan?: ClaimSpanResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  Counterpart?: CounterpartResolvers<ContextType>;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeConnection?: DisputeConnectionResolvers<ContextType>;
  DisputeEdge?: DisputeEdgeResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  EdgeEvidence?: EdgeEvidenceResolvers<ContextType>;
  EdgeSupport?: EdgeSupportResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityDraft?: EntityDraftResolvers<ContextType>;
  EntityRelationship?: EntityRelationshipResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NodeTypeCount?: NodeTypeCountResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regulator?: RegulatorResolvers<ContextType>;
  RelationshipDraft?: RelationshipDraftResolvers<ContextType>;
  RelationshipTypeCount?: RelationshipTypeCountResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceDraft?: SourceDraftResolvers<ContextType>;
  SourceMeta?: SourceMetaResolvers<ContextType>;
  SourceSpan?: SourceSpanResolvers<ContextType>;
  SpanDraft?: SpanDraftResolvers<ContextType>;
  SpeakerClaims?: SpeakerClaimsResolvers<ContextType>;
  SpeakerProfile?: SpeakerProfileResolvers<ContextType>;
  SpeakerTie?: SpeakerTieResolvers<ContextType>;
  StanceTaken?: StanceTakenResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SupportSpeaker?: SupportSpeakerResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicStance?: TopicStanceResolvers<ContextType>;
}>;

