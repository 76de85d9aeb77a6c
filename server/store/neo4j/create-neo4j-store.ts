/**
 * The Neo4j GraphStore: connects once, applies the schema, and wires each port method to the file that
 * answers it (lookups, search, neighbourhood, shortest paths, claims, sources/stats, batch writes).
 */
import type { GraphStore } from '../graph-store';
import { StoreUnavailableError } from '../store-errors';
import { applyNeo4jSchema } from './apply-neo4j-schema';
import { findClaims } from './neo4j-claims-query';
import { createNeo4jExecutor } from './neo4j-executor';
import { getClaims, getEdges, getEntities, getFactEdgesOf } from './neo4j-lookups';
import { neighbourhood } from './neo4j-neighbourhood';
import { searchEntities } from './neo4j-search';
import { shortestPaths } from './neo4j-shortest-paths';
import { getSource, listSources, listTopics, stats } from './neo4j-sources-and-stats';
import { applyCuration } from './neo4j-apply-curation';
import { writeBatch } from './neo4j-write-batch';

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
    throw new StoreUnavailableError(`Neo4j at ${uri} could not be prepared: ${(error as Error).message}`, { cause: error });
  }
  return {
    kind: 'neo4j',
    getEntities: ({ ids }) => getEntities({ db, ids }),
    getClaims: ({ ids }) => getClaims({ db, ids }),
    getEdges: ({ ids }) => getEdges({ db, ids }),
    getFactEdgesOf: ({ ids, types, limitPerEntity }) => getFactEdgesOf({ db, ids, types, limitPerEntity }),
    search: ({ text, types, first }) => searchEntities({ db, text, types, first }),
    neighbourhood: (args) => neighbourhood({ db, args }),
    shortestPaths: (args) => shortestPaths({ db, args }),
    findClaims: ({ filter, first, after }) => findClaims({ db, filter, first, after }),
    getSource: ({ id }) => getSource({ db, id }),
    listSources: () => listSources({ db }),
    listTopics: () => listTopics({ db }),
    stats: () => stats({ db }),
    writeBatch: ({ batch }) => writeBatch({ db, batch }),
    applyCuration: ({ batch, remove }) => applyCuration({ db, batch, remove }),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}
