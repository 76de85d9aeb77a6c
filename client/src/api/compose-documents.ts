/**
 * Builds each operation's full text from the .graphql files: the operation plus exactly the
 * fragments it spreads (the API rejects unused fragments). Pure, so tests build the same
 * documents from the same files.
 */
export interface GraphqlFiles {
  claimFields: string;
  subgraphFields: string;
  articleClaims: string;
  neighbourhood: string;
  searchEntities: string;
  searchClaims: string;
  entityDetails: string;
  entityClaims: string;
  edgeEvidence: string;
  sourceText: string;
  shortestPaths: string;
  topics: string;
  claimById: string;
  sources: string;
  interestFields: string;
  disputeSideFields: string;
  claimInterest: string;
  disputes: string;
  edgeSupport: string;
  timeline: string;
  speakerProfile: string;
}

export function composeDocuments(files: GraphqlFiles) {
  return {
    ArticleClaims: `${files.articleClaims}\n${files.claimFields}`,
    Neighbourhood: `${files.neighbourhood}\n${files.subgraphFields}`,
    SearchEntities: files.searchEntities,
    SearchClaims: `${files.searchClaims}\n${files.claimFields}`,
    EntityDetails: files.entityDetails,
    EntityClaims: `${files.entityClaims}\n${files.claimFields}`,
    EdgeEvidence: `${files.edgeEvidence}\n${files.claimFields}`,
    SourceText: files.sourceText,
    ShortestPaths: files.shortestPaths,
    Topics: files.topics,
    ClaimById: `${files.claimById}\n${files.claimFields}`,
    Sources: files.sources,
    // Weighing the claims (self-interest badge, Disputes view, support of drawn edges, timeline, profile).
    ClaimInterest: `${files.claimInterest}\n${files.interestFields}`,
    Disputes: `${files.disputes}\n${files.disputeSideFields}\n${files.interestFields}`,
    EdgeSupport: files.edgeSupport,
    Timeline: files.timeline,
    SpeakerProfile: files.speakerProfile,
  };
}

/** File name of each entry, relative to client/src/graphql. */
export const GRAPHQL_FILE_NAMES: Record<keyof GraphqlFiles, string> = {
  claimFields: 'claim-fields.graphql',
  subgraphFields: 'subgraph-fields.graphql',
  articleClaims: 'article-claims.graphql',
  neighbourhood: 'neighbourhood.graphql',
  searchEntities: 'search-entities.graphql',
  searchClaims: 'search-claims.graphql',
  entityDetails: 'entity-details.graphql',
  entityClaims: 'entity-claims.graphql',
  edgeEvidence: 'edge-evidence.graphql',
  sourceText: 'source-text.graphql',
  shortestPaths: 'shortest-paths.graphql',
  topics: 'topics.graphql',
  claimById: 'claim-by-id.graphql',
  sources: 'sources.graphql',
  interestFields: 'interest-fields.graphql',
  disputeSideFields: 'dispute-side-fields.graphql',
  claimInterest: 'claim-interest.graphql',
  disputes: 'disputes.graphql',
  edgeSupport: 'edge-support.graphql',
  timeline: 'timeline.graphql',
  speakerProfile: 'speaker-profile.graphql',
};
