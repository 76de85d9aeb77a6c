/**
 * Connection settings of the throw-away Neo4j test database, and wiping it before a suite so the
 * exact counts of the article graph are not disturbed by leftovers of earlier runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR } from '../../server/project-root';

export interface Neo4jTestConnection {
  uri: string;
  user: string;
  password: string;
}

export function neo4jTestConnection(): Neo4jTestConnection {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set');
  return {
    uri,
    user: process.env.NEO4J_TEST_USER ?? 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? 'whosaid-test',
  };
}

export async function wipeNeo4jTestDatabase({ uri, user, password }: Neo4jTestConnection): Promise<void> {
  const query = readFileSync(path.join(CYPHER_DIR, 'delete-all-graph-data.cypher'), 'utf8');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  // CALL ... IN TRANSACTIONS only runs in an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run(query);
  } finally {
    await session.close();
    await driver.close();
  }
}
