/** `speakerProfile` on Neo4j: one query (cypher/get-speaker-profile.cypher). */
import { LIMITS } from '../../../domain/limits';
import type { Counterpart, SpeakerProfile, SpeakerTie, StanceTaken } from '../../../domain/speaker-profile';
import { INTEREST_RELATIONSHIP_TYPES } from '../../../domain/weighing';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { claimOf } from '../../store/neo4j/neo4j-records';
import type { SpeakerProfileArguments } from './arguments';
import { profileOf } from './profile-rows';

export async function speakerProfile({
  db,
  args,
}: {
  db: Neo4jExecutor;
  args: SpeakerProfileArguments;
}): Promise<SpeakerProfile | null> {
  const rows = await db.read({
    name: 'get-speaker-profile',
    params: {
      id: args.id,
      first: args.first,
      interestTypes: [...INTEREST_RELATIONSHIP_TYPES],
      maxList: LIMITS.MAX_PROFILE_LIST,
      maxEdges: LIMITS.MAX_INTEREST_EDGES,
    },
  });
  const row = rows[0];
  if (!row) return null;
  return profileOf({
    args,
    claims: (row.claims as Row[]).map((claim) => claimOf({ row: claim })),
    claimCount: Number(row.claimCount),
    stances: (row.stances as Row[]).map(
      (s) =>
        ({
          topicId: s.topicId as string,
          stance: (s.stance as string | null) ?? null,
          claims: Number(s.claims),
        }) satisfies StanceTaken,
    ),
    selfInterestedClaims: Number(row.selfInterestedClaims),
    ties: (row.ties as Row[]).map(
      (t) =>
        ({
          entityId: t.entityId as string,
          edgeIds: t.edgeIds as string[],
          claims: Number(t.claims),
        }) satisfies SpeakerTie,
    ),
    counterparts: (row.counterparts as Row[]).map(
      (c) =>
        ({
          speakerId: c.speakerId as string,
          agreements: Number(c.agreements),
          disagreements: Number(c.disagreements),
        }) satisfies Counterpart,
    ),
  });
}
