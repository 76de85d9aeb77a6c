/**
 * The curation operations (docs/api.md, "Curation"). Kept as strings beside the UI that uses them;
 * tests/api/curation-ui-operations.test.ts validates them against the schema.
 */
const SPAN = 'quote start end occurrence';

export const DRAFT_FIELDS = `
  source { id title publisher url publishedAt author notes version }
  text
  entities { id type name aliases description mentions { ${SPAN} } }
  claims {
    id speaker about quote start end occurrence summary kind
    date { text iso precision basis }
    topic stance
    figures { measure label value unit chart isLowerBound }
    supports contradicts review
  }
  relationships { type from to role claims }
`;

export const CURATION_OPERATIONS = {
  ProposeSource: `mutation ProposeSource($input: ProposeSourceInput!) { proposeSource(input: $input) { ${DRAFT_FIELDS} } }`,
  SaveSource: `mutation SaveSource($input: SourceInput!) { saveSource(input: $input) { id title } }`,
  ReviewClaims: `mutation ReviewClaims($ids: [ID!]!, $decision: ReviewDecision!) { reviewClaims(ids: $ids, decision: $decision) }`,
  UpdateClaim: `mutation UpdateClaim($id: ID!, $patch: ClaimPatch!) { updateClaim(id: $id, patch: $patch) { id reviewed kind speaker { id name } } }`,
  UnreviewedClaims: `query UnreviewedClaims($first: Int) {
    claims(filter: { reviewed: false }, first: $first) {
      totalCount
      edges { node { id summary quote kind speaker { id name } subjects { id name } source { id title } } }
    }
  }`,
  ClaimReview: `query ClaimReview($id: ID!) { claim(id: $id) { id reviewed kind speaker { id name } } }`,
} as const;

export type ReviewDecision = 'ACCEPT' | 'REJECT';
