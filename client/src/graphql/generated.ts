/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** Which way a relationship points, seen from the entity it is listed on. */
export type Direction =
  /** The entity is the object (`to`) of the relationship. */
  | 'INCOMING'
  /** The entity is the subject (`from`) of the relationship. */
  | 'OUTGOING';

/** Why two claims are listed as a dispute. */
export type DisputeReason =
  /** One claim contradicts the other (a CONTRADICTS relationship, either direction). */
  | 'CONTRADICTS'
  /** They take different stances of one topic and share a subject. */
  | 'OPPOSITE_STANCES';

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

/** How a timeline entry got its place on the axis (docs/data-model.md, "Timeline"). */
export type TimelinePlacement =
  /** The claim's own date has an ISO value (stated, or inferred from the publication date). */
  | 'CLAIM_DATE'
  /** The claim states no placeable date (a relative one, or none); its source's publication date is used. */
  | 'SOURCE_DATE';

export type ArticleClaimsQueryVariables = Exact<{
  source: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticleClaimsQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        , subjects: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, span: { start: number, end: number }, source: { id: string } } }> } };

export type ClaimByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimByIdQuery = { claim: { id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
    , subjects: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, span: { start: number, end: number }, source: { id: string } } | null };

export type ClaimFieldsFragment = { id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
    | { id: string, name: string, type: EntityType }
  , subjects: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, span: { start: number, end: number }, source: { id: string } };

export type ClaimInterestQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimInterestQuery = { claim: { id: string, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , subjects: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, interest: { selfInterested: boolean, speakerIsSubject: boolean, because: Array<{ id: string, label: string, from: string, to: string }> } } | null };

export type DisputeSideFieldsFragment = { id: string, quote: string, stance: { id: string, label: string } | null, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , subjects: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, interest: { selfInterested: boolean, speakerIsSubject: boolean, because: Array<{ id: string, label: string, from: string, to: string }> } };

export type DisputesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisputesQuery = { disputes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reasons: Array<DisputeReason>, participantCount: number, sharedSubjects: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, a: { id: string, quote: string, stance: { id: string, label: string } | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , subjects: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, interest: { selfInterested: boolean, speakerIsSubject: boolean, because: Array<{ id: string, label: string, from: string, to: string }> } }, b: { id: string, quote: string, stance: { id: string, label: string } | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , subjects: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, interest: { selfInterested: boolean, speakerIsSubject: boolean, because: Array<{ id: string, label: string, from: string, to: string }> } } } }> } };

export type EdgeEvidenceQueryVariables = Exact<{
  edgeId: string | number;
}>;


export type EdgeEvidenceQuery = { edgeEvidence: { edge: { id: string, type: RelationshipType, label: string, from: string, to: string, role: string | null }, fromNode: { id: string, type: NodeType, label: string }, toNode: { id: string, type: NodeType, label: string }, claims: Array<{ id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
      , subjects: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, span: { start: number, end: number }, source: { id: string } }> } | null };

export type EdgeSupportQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EdgeSupportQuery = { edges: Array<{ id: string, support: { claims: number, independentSpeakers: number, selfInterestedOnly: boolean } | null } | null> };

export type EntityClaimsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type EntityClaimsQuery = { claimsBy: { totalCount: number, edges: Array<{ node: { id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        , subjects: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, span: { start: number, end: number }, source: { id: string } } }> }, claimsAbout: { totalCount: number, edges: Array<{ node: { id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        , subjects: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, span: { start: number, end: number }, source: { id: string } } }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { entity:
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, description: string, relationships: Array<{ direction: Direction, edge: { id: string, type: RelationshipType, label: string, from: string, to: string, claimIds: Array<string> }, other:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
   | null };

export type InterestFieldsFragment = { selfInterested: boolean, speakerIsSubject: boolean, because: Array<{ id: string, label: string, from: string, to: string }> };

export type NeighbourhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, omittedNodes: number, nodes: Array<{ id: string, type: NodeType, label: string, reviewed: boolean }>, edges: Array<{ id: string, type: RelationshipType, from: string, to: string, role: string | null, claimIds: Array<string>, reviewed: boolean }> } };

export type SearchClaimsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchClaimsQuery = { claims: { edges: Array<{ node: { id: string, quote: string, summary: string, kind: ClaimKind, date: { text: string, iso: string | null } | null, topic: { id: string, name: string } | null, stance: { id: string, label: string } | null, figures: Array<{ measure: string, label: string, value: number, unit: string, chart: string | null, isLowerBound: boolean }>, speaker:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        , subjects: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, span: { start: number, end: number }, source: { id: string } } }> } };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, entity:
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
      | { id: string, name: string, type: EntityType, aliases: Array<string> }
     }> };

export type ShortestPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  viaClaims?: boolean | null | undefined;
}>;


export type ShortestPathsQuery = { paths: Array<{ nodeIds: Array<string>, edgeIds: Array<string>, steps: Array<{ id: string, type: NodeType, label: string }>, edges: Array<{ id: string, type: RelationshipType, from: string, to: string, role: string | null, claimIds: Array<string> }> }> };

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceTextQuery = { source: { id: string, title: string, publisher: string | null, publishedAt: string | null, url: string | null, text: string, spans: Array<{ claimId: string, start: number, end: number }> } | null };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, publisher: string | null, claimCount: number }> };

export type SpeakerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type SpeakerProfileQuery = { speakerProfile: { claimCount: number, selfInterestedClaims: number, stances: Array<{ claims: number, topic: { id: string, name: string }, stance: { id: string, label: string } | null }>, ties: Array<{ claims: number, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , edges: Array<{ id: string, label: string }> }>, counterparts: Array<{ agreements: number, disagreements: number, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null };

export type SubgraphFieldsFragment = { truncated: boolean, omittedNodes: number, nodes: Array<{ id: string, type: NodeType, label: string, reviewed: boolean }>, edges: Array<{ id: string, type: RelationshipType, from: string, to: string, role: string | null, claimIds: Array<string>, reviewed: boolean }> };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, undatedCount: number, entries: Array<{ at: string, placedBy: TimelinePlacement, claim: { id: string, summary: string, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , subjects: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        >, date: { text: string } | null }, facts: Array<{ id: string }> }>, undated: Array<{ id: string, summary: string, date: { text: string } | null }> } };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: Array<{ id: string, name: string, description: string, stances: Array<{ id: string, label: string, claims: Array<{ id: string, quote: string, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , source: { id: string } }> }> }> };
