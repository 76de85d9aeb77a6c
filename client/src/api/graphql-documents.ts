/**
 * The GraphQL operations as strings, read from the .graphql files that codegen also reads, so
 * the types in generated.ts and what goes over the wire can't drift apart. Fragments are
 * appended only to the operations that use them (unused fragments fail validation).
 * Jest can't load `?raw`; tests/client/setup-client-tests.ts mocks this module with fs reads.
 */
import claimFields from '../graphql/claim-fields.graphql?raw';
import subgraphFields from '../graphql/subgraph-fields.graphql?raw';
import articleClaims from '../graphql/article-claims.graphql?raw';
import neighbourhood from '../graphql/neighbourhood.graphql?raw';
import searchEntities from '../graphql/search-entities.graphql?raw';
import entityDetails from '../graphql/entity-details.graphql?raw';
import edgeEvidence from '../graphql/edge-evidence.graphql?raw';
import sourceText from '../graphql/source-text.graphql?raw';
import shortestPaths from '../graphql/shortest-paths.graphql?raw';
import topics from '../graphql/topics.graphql?raw';
import claimById from '../graphql/claim-by-id.graphql?raw';

export const DOCUMENTS = {
  ArticleClaims: `${articleClaims}\n${claimFields}`,
  Neighbourhood: `${neighbourhood}\n${subgraphFields}`,
  SearchEntities: searchEntities,
  EntityDetails: `${entityDetails}\n${claimFields}`,
  EdgeEvidence: `${edgeEvidence}\n${claimFields}`,
  SourceText: sourceText,
  ShortestPaths: shortestPaths,
  Topics: topics,
  ClaimById: `${claimById}\n${claimFields}`,
};
