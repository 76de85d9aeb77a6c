/** `disputes` on Neo4j: one query (cypher/find-disputes.cypher) that orders, pages and counts. */
import type { DisputePage } from '../../../domain/weighing';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { claimOf } from '../../store/neo4j/neo4j-records';
import type { DisputesArguments } from './arguments';
import { disputeOf, pageOf } from './dispute-rows';

export async function disputes({ db, args }: { db: Neo4jExecutor; args: DisputesArguments }): Promise<DisputePage> {
  const rows = await db.read({ name: 'find-disputes', params: { first: args.first, after: args.after } });
  const found = rows
    .filter((row) => row.a !== null && row.a !== undefined)
    .map((row) =>
      disputeOf({
        found: {
          a: claimOf({ row: row.a as Row }),
          b: claimOf({ row: row.b as Row }),
          reasons: row.reasons as string[],
          participantIds: row.participantIds as string[],
        },
      }),
    );
  // The rows are already the page (+1) after the cursor; pageOf re-sorts them identically and cuts.
  return pageOf({ all: found, args: { ...args, after: null }, totalCount: Number(rows[0]?.totalCount ?? 0) });
}
