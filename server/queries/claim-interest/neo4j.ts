/** Claim.interest on Neo4j: one query (cypher/get-claim-interest.cypher) for the whole batch. */
import { LIMITS } from '../../../domain/limits';
import { INTEREST_RELATIONSHIP_TYPES, type ClaimInterest } from '../../../domain/weighing';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { factEdgeOf } from '../../store/neo4j/neo4j-records';
import type { ClaimInterestIds } from './arguments';
import { interestFrom } from './interest-rule';

export async function claimInterest({
  db,
  ids,
}: {
  db: Neo4jExecutor;
  ids: ClaimInterestIds;
}): Promise<(ClaimInterest | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db.read({
    name: 'get-claim-interest',
    params: {
      ids: [...new Set(ids)],
      interestTypes: [...INTEREST_RELATIONSHIP_TYPES],
      maxEdges: LIMITS.MAX_INTEREST_EDGES,
    },
  });
  const byId = new Map(
    rows.map((row) => [
      row.id as string,
      interestFrom({
        claim: { id: row.id as string, speakerId: row.speakerId as string, subjectIds: row.subjectIds as string[] },
        authorId: (row.authorId as string | null | undefined) ?? null,
        ties: (row.ties as Row[]).map((tie) => factEdgeOf({ row: tie })),
      }),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}
