/** The operations and the small new source the curation suites send. */
export const DRAFT_FIELDS = `
  source { id title publisher url publishedAt author notes version }
  text
  entities { id type name aliases description mentions { quote start end occurrence } }
  claims {
    id speaker about quote start end occurrence summary kind topic stance supports contradicts review
    date { text iso precision basis }
    figures { measure label value unit chart isLowerBound }
  }
  relationships { type from to role claims }
`;

export const PROPOSE = `mutation Propose($input: ProposeSourceInput!) { proposeSource(input: $input) { ${DRAFT_FIELDS} } }`;
export const SAVE = `mutation Save($input: SourceInput!) { saveSource(input: $input) { id title version claimCount history { by action version summary } } }`;
export const DELETE = `mutation Delete($id: ID!, $version: Int) { deleteSource(id: $id, version: $version) }`;
export const UPDATE_CLAIM = `mutation UpdateClaim($id: ID!, $patch: ClaimPatch!, $version: Int) {
  updateClaim(id: $id, patch: $patch, version: $version) { id summary kind speaker { id } subjects { id } topic { id } }
}`;
export const UPDATE_ENTITY = `mutation UpdateEntity($id: ID!, $patch: EntityPatch!) { updateEntity(id: $id, patch: $patch) { id name aliases description } }`;
export const MERGE = `mutation Merge($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id aliases mentions { sourceId quote } } }`;
export const REVIEW = `mutation Review($ids: [ID!]!, $decision: ReviewDecision!) { reviewClaims(ids: $ids, decision: $decision) }`;
export const SOURCE = `query Source($id: ID!) { source(id: $id) { id title version claimCount history { by action version summary } } }`;

export const NEW_TEXT =
  'Acme Robotics unveiled the Roadrunner 3 model on Monday. "Roadrunner 3 beats GPT-4o at planning," said Wile Coyote, who runs Acme Robotics.';

/** A complete SourceInput for a new source `desert-news` (version null: create). */
export function newSourceInput(overrides: { version?: number | null; title?: string } = {}) {
  return {
    source: {
      id: 'desert-news',
      title: overrides.title ?? 'Acme unveils Roadrunner 3',
      publisher: 'Desert Daily',
      version: overrides.version ?? null,
    },
    text: NEW_TEXT,
    entities: [
      {
        id: 'acme-robotics',
        type: 'Company',
        name: 'Acme Robotics',
        description: 'Maker of Roadrunner 3.',
        mentions: [{ quote: 'Acme Robotics', occurrence: 1 }],
      },
      {
        id: 'roadrunner-3',
        type: 'Model',
        name: 'Roadrunner 3',
        description: 'A model by Acme Robotics.',
        mentions: [{ quote: 'Roadrunner 3', occurrence: 1 }],
      },
      {
        id: 'wile-coyote',
        type: 'Person',
        name: 'Wile Coyote',
        description: 'Runs Acme Robotics.',
        mentions: [{ quote: 'Wile Coyote' }],
      },
    ],
    claims: [
      {
        id: 'acme-unveiled-roadrunner-3',
        speaker: 'acme-robotics',
        about: ['acme-robotics', 'roadrunner-3'],
        quote: 'Acme Robotics unveiled the Roadrunner 3 model on Monday',
        summary: 'Acme Robotics released Roadrunner 3.',
        kind: 'REPORTED_STATEMENT',
      },
      {
        id: 'coyote-roadrunner-3-beats-gpt-4o',
        speaker: 'wile-coyote',
        about: ['roadrunner-3', 'gpt-4o'],
        quote: 'Roadrunner 3 beats GPT-4o at planning',
        summary: 'Wile Coyote says Roadrunner 3 plans better than GPT-4o.',
        kind: 'DIRECT_QUOTE',
        topic: 'who-leads-in-ai',
      },
    ],
    relationships: [
      { type: 'DEVELOPED', from: 'acme-robotics', to: 'roadrunner-3', claims: ['acme-unveiled-roadrunner-3'] },
      {
        type: 'OUTPERFORMS',
        from: 'roadrunner-3',
        to: 'gpt-4o',
        role: 'planning',
        claims: ['coyote-roadrunner-3-beats-gpt-4o'],
      },
    ],
  };
}
