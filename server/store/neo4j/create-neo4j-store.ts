/**
 * The Neo4j GraphStore: connects once, applies the schema, and wires each port method to the query that
 * answers it (server/queries/<query>/neo4j.ts, each running its cypher/<name>.cypher files) and to batch writes.
 */
import type { GraphStore } from '../graph-store';
import { StoreUnavailableError } from '../../errors/api-errors';
import { getClaims } from '../../queries/claim/neo4j';
import { findClaims } from '../../queries/claims/neo4j';
import { getEdges } from '../../queries/edge-evidence/neo4j';
import { getEntities } from '../../queries/entity/neo4j';
import { getFactEdgesOf } from '../../queries/entity-relationships/neo4j';
import { neighbourhood } from '../../queries/neighbourhood/neo4j';
import { searchEntities } from '../../queries/search/neo4j';
import { shortestPaths } from '../../queries/shortest-paths/neo4j';
import { getSource } from '../../queries/source/neo4j';
import { listSources } from '../../queries/sources/neo4j';
import { stats } from '../../queries/stats/neo4j';
import { listTopics } from '../../queries/topics/neo4j';
import { applyNeo4jSchema } from './apply-neo4j-schema';
import { createNeo4jExecutor } from './neo4j-executor';
import { applyCuration } from './neo4j-apply-curation';
import { writeBatch } from './neo4j-write-batch';
import { claimInterest } from '../../queries/claim-interest/neo4j';
import { claimsSupporting } from '../../queries/claim-supported-by/neo4j';
import { disputes } from '../../queries/disputes/neo4j';
import { edgeSupport } from '../../queries/edge-support/neo4j';
import { speakerProfile } from '../../queries/speaker-profile/neo4j';
import { timeline } from '../../queries/timeline/neo4j';

export async function createNeo4jStore({
  uri,
  user,
  password,
  database,
}: {
  uri: string;
  user: string;
  password: string;
  database?: string;
}): Promise<GraphStore> {
  const db = createNeo4jExecutor({ uri, user, password, database });
  try {
    await db.ping();
    await applyNeo4jSchema({ db });
  } catch (error) {
    await db.close().catch(() => undefined);
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(`Neo4j at ${uri} could not be prepared: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    kind: 'neo4j',
    // Arguments arrive parsed (branded types of server/queries/<query>/arguments.ts); nothing is checked here.
    getEntities: (args) => getEntities({ db, args }),
    getClaims: (args) => getClaims({ db, args }),
    getEdges: (args) => getEdges({ db, args }),
    getFactEdgesOf: (args) => getFactEdgesOf({ db, args }),
    search: (args) => searchEntities({ db, args }),
    neighbourhood: (args) => neighbourhood({ db, args }),
    shortestPaths: (args) => shortestPaths({ db, args }),
    findClaims: (args) => findClaims({ db, args }),
    getSource: (args) => getSource({ db, args }),
    listSources: () => listSources({ db }),
    listTopics: () => listTopics({ db }),
    stats: () => stats({ db }),
    claimInterest: ({ ids }) => claimInterest({ db, ids }),
    claimsSupporting: ({ ids }) => claimsSupporting({ db, ids }),
    edgeSupport: ({ ids }) => edgeSupport({ db, ids }),
    disputes: (args) => disputes({ db, args }),
    timeline: (args) => timeline({ db, args }),
    speakerProfile: (args) => speakerProfile({ db, args }),
    writeBatch: ({ batch }) => writeBatch({ db, batch }),
    applyCuration: ({ batch, remove }) => applyCuration({ db, batch, remove }),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}
