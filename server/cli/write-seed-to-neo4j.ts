/**
 * Writes a validated GraphBatch to Neo4j in one writeBatch call (one transaction), using the
 * same store adapter as the server. Kept apart from load-seed.ts so `--check` never loads the driver.
 */
import type { GraphBatch } from '../../domain/graph-batch';
import type { WriteSummary } from '../store/graph-store';
import { createNeo4jStore } from '../store/neo4j/create-neo4j-store';

export async function writeSeedToNeo4j({
  batch,
  uri,
  user,
  password,
  database,
}: {
  batch: GraphBatch;
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}): Promise<WriteSummary> {
  const store = await createNeo4jStore({ uri, user, password, database });
  try {
    return await store.writeBatch({ batch });
  } finally {
    await store.close();
  }
}
