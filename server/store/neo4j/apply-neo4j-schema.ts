/**
 * Applies cypher/schema/*.cypher at start-up. Every statement says IF NOT EXISTS, so this is idempotent
 * and safe to run from every process; files hold several statements separated by `;` at a line end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../project-root';
import type { Neo4jExecutor } from './neo4j-executor';

const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');

/** The statements of one schema file, comments dropped. */
export function schemaStatementsOf({ text }: { text: string }): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/**
 * Two processes starting on a fresh database (parallel test workers, several server replicas) can both
 * pass IF NOT EXISTS and race to create the same rule; the loser's "already exists" means the goal is met.
 */
function lostCreationRace(error: unknown): boolean {
  const code = ((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? '') as string;
  return typeof code === 'string' && /AlreadyExists/.test(code);
}

export async function applyNeo4jSchema({ db }: { db: Neo4jExecutor }): Promise<void> {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  for (const file of files) {
    for (const statement of schemaStatementsOf({ text: readFileSync(path.join(SCHEMA_DIR, file), 'utf8') })) {
      await db.runAutoCommit({ statement }).catch((error: unknown) => {
        if (!lostCreationRace(error)) throw error;
      });
    }
  }
  // New indexes populate in the background; wait so the first search after start-up sees every entity.
  await db.runAutoCommit({ statement: 'CALL db.awaitIndexes(60)' });
}
