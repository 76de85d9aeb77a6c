/**
 * The GraphQL operations as strings, read from the .graphql files that codegen also reads, so
 * the types in generated.ts and what goes over the wire can't drift apart.
 * Jest can't load Vite's `?raw`; tests/client/setup-client-tests.ts mocks this module by
 * reading the same files with fs and calling the same composeDocuments.
 */
import claimFields from '../graphql/claim-fields.graphql?raw';
import subgraphFields from '../graphql/subgraph-fields.graphql?raw';
import articleClaims from '../graphql/article-claims.graphql?raw';
import neighbourhood from '../graphql/neighbourhood.graphql?raw';
import searchEntities from '../graphql/search-entities.graphql?raw';
import searchClaims from '../graphql/search-claims.graphql?raw';
import entityDetails from '../graphql/entity-details.graphql?raw';
import entityClaims from '../graphql/entity-claims.graphql?raw';
import edgeEvidence from '../graphql/edge-evidence.graphql?raw';
import sourceText from '../graphql/source-text.graphql?raw';
import shortestPaths from '../graphql/shortest-paths.graphql?raw';
import topics from '../graphql/topics.graphql?raw';
import claimById from '../graphql/claim-by-id.graphql?raw';
import sources from '../graphql/sources.graphql?raw';
import interestFields from '../graphql/interest-fields.graphql?raw';
import disputeSideFields from '../graphql/dispute-side-fields.graphql?raw';
import claimInterest from '../graphql/claim-interest.graphql?raw';
import disputes from '../graphql/disputes.graphql?raw';
import edgeSupport from '../graphql/edge-support.graphql?raw';
import timeline from '../graphql/timeline.graphql?raw';
import speakerProfile from '../graphql/speaker-profile.graphql?raw';
import { composeDocuments } from './compose-documents';

export const DOCUMENTS = composeDocuments({
  claimFields,
  subgraphFields,
  articleClaims,
  neighbourhood,
  searchEntities,
  searchClaims,
  entityDetails,
  entityClaims,
  edgeEvidence,
  sourceText,
  shortestPaths,
  topics,
  claimById,
  sources,
  interestFields,
  disputeSideFields,
  claimInterest,
  disputes,
  edgeSupport,
  timeline,
  speakerProfile,
});
