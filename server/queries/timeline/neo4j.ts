/** `timeline` on Neo4j: one query (cypher/get-timeline.cypher) that places, filters, orders, cuts and counts. */
import { endOfIso, startOfIso, type Timeline, type TimelinePlacement } from '../../../domain/timeline';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { claimOf } from '../../store/neo4j/neo4j-records';
import type { TimelineArguments } from './arguments';
import { timelineOf } from './timeline-rows';

export async function timeline({ db, args }: { db: Neo4jExecutor; args: TimelineArguments }): Promise<Timeline> {
  const rows = await db.read({
    name: 'get-timeline',
    params: {
      subject: args.subject,
      fromStart: args.from === null ? null : startOfIso(args.from),
      toEnd: args.to === null ? null : endOfIso(args.to),
      first: args.first,
    },
  });
  const row = rows[0];
  if (!row) return { entries: [], totalCount: 0, undated: [], undatedCount: 0 };
  return timelineOf({
    dated: (row.entries as Row[]).map((entry) => ({
      at: entry.at as string,
      placedBy: entry.placedBy as TimelinePlacement,
      claim: claimOf({ row: entry.claim as Row }),
    })),
    undated: (row.undatedClaims as Row[]).map((claim) => claimOf({ row: claim })),
    args,
    totalCount: Number(row.totalCount),
    undatedCount: Number(row.undatedCount),
  });
}
