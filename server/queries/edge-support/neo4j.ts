/** Edge.support on Neo4j: one query (cypher/get-edge-support.cypher) for the whole batch. */
import { LIMITS } from '../../../domain/limits';
import { FACT_RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import { INTEREST_RELATIONSHIP_TYPES, type EdgeSupport } from '../../../domain/weighing';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { claimOf } from '../../store/neo4j/neo4j-records';
import { isSelfInterested } from '../claim-interest/interest-rule';
import type { EdgeSupportIds } from './arguments';
import { summariseSupport } from './summarise-support';

/** `from--TYPE--to` -> the start node id; anything else cannot be an edge id and is simply unknown. */
const startOf = (id: string) => {
  const parts = id.split('--');
  return parts.length === 3 && parts.every((p) => p !== '') ? { id, from: parts[0] } : null;
};

export async function edgeSupport({
  db,
  ids,
}: {
  db: Neo4jExecutor;
  ids: EdgeSupportIds;
}): Promise<(EdgeSupport | null)[]> {
  const rowsToFind = [...new Set(ids)].map(startOf).filter((row) => row !== null);
  if (rowsToFind.length === 0) return ids.map(() => null);
  const rows = await db.read({
    name: 'get-edge-support',
    params: {
      rows: rowsToFind,
      factTypes: [...FACT_RELATIONSHIP_TYPES],
      interestTypes: [...INTEREST_RELATIONSHIP_TYPES],
      maxClaims: LIMITS.MAX_RELATED_CLAIMS,
    },
  });
  const byId = new Map(
    rows.map((row) => {
      const supporting = (row.supporting as Row[]).map((c) => ({
        id: c.id as string,
        speakerId: c.speakerId as string,
        sourceId: c.sourceId as string,
        selfInterested: isSelfInterested({
          claim: { speakerId: c.speakerId as string, subjectIds: c.subjectIds as string[] },
          authorId: (c.authorId as string | null | undefined) ?? null,
          tied: c.tied === true,
        }),
      }));
      const contradictedBy = (row.contradictedBy as Row[]).map((claim) => claimOf({ row: claim }));
      return [row.id as string, summariseSupport({ edgeId: row.id as string, supporting, contradictedBy })] as const;
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}
