/**
 * GraphQL code generation. Two targets:
 * - server resolver types, mapped onto the domain records (server/graphql/mappers.ts) so every
 *   resolver is type-checked against what the store really returns;
 * - the UI's operation types from client/src/**\/*.graphql.
 * Output is committed; CI runs `npm run codegen:check` to prove it is fresh.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = 'server/graphql/schema/*.graphql';

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'server/graphql/generated/resolvers-types.ts': {
      schema,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#GraphQLContext',
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Model',
        mappers: {
          Entity: '../mappers#EntityRecord',
          Company: '../mappers#EntityRecord',
          Model: '../mappers#EntityRecord',
          Person: '../mappers#EntityRecord',
          Regulator: '../mappers#EntityRecord',
          Organization: '../mappers#EntityRecord',
          Place: '../mappers#EntityRecord',
          Event: '../mappers#EntityRecord',
          Benchmark: '../mappers#EntityRecord',
          Claim: '../mappers#ClaimRecord',
          Edge: '../mappers#EdgeRecord',
          GraphNode: '../mappers#GraphNodeRecord',
          Subgraph: '../mappers#SubgraphRecord',
          Path: '../mappers#PathRecord',
          SearchHit: '../mappers#SearchHitRecord',
          Topic: '../mappers#TopicRecord',
          TopicStance: '../mappers#TopicStanceRecord',
          Stats: '../mappers#StatsRecord',
          ClaimConnection: '../mappers#ClaimConnectionRecord',
          ClaimEdge: '../mappers#ClaimEdgeRecord',
          Source: '../mappers#SourceRecord',
          SpeakerClaims: '../mappers#SpeakerClaimsRecord',
          EntityRelationship: '../mappers#EntityRelationshipRecord',
          Comparison: '../mappers#ComparisonRecord',
          Affiliation: '../mappers#AffiliationRecord',
          EdgeEvidence: '../mappers#EdgeEvidenceRecord',
          ClaimSpan: '../mappers#ClaimSpanRecord',
          ClaimInterest: '../mappers#ClaimInterestRecord',
          EdgeSupport: '../mappers#EdgeSupportRecord',
          SupportSpeaker: '../mappers#SupportSpeakerRecord',
          Dispute: '../mappers#DisputeRecord',
          DisputeEdge: '../mappers#DisputeEdgeRecord',
          DisputeConnection: '../mappers#DisputeConnectionRecord',
          Timeline: '../mappers#TimelineRecord',
          TimelineEntry: '../mappers#TimelineEntryRecord',
          SpeakerProfile: '../mappers#SpeakerProfileRecord',
          StanceTaken: '../mappers#StanceTakenRecord',
          SpeakerTie: '../mappers#SpeakerTieRecord',
          Counterpart: '../mappers#CounterpartRecord',
        },
      },
    },
    'client/src/graphql/generated.ts': {
      schema,
      documents: 'client/src/**/*.graphql',
      // typescript-operations 6 emits the schema types the operations use (enums, inputs);
      // adding the 'typescript' plugin too declares them twice (TS2300 duplicate identifier).
      plugins: ['typescript-operations'],
      config: { enumsAsTypes: true, useTypeImports: true, avoidOptionals: { field: true, inputValue: false } },
    },
  },
};

export default config;
