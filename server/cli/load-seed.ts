/**
 * `npm run seed` / `npm run seed:check` (also `node dist/server/cli/load-seed.js`):
 * validates the seed directory, prints every problem as `file:line  path  message` and exits 1
 * with nothing written; otherwise (without --check) writes the whole batch to Neo4j at once.
 *
 *   --check      validate only
 *   --dir <dir>  seed directory (default: the repository's seed/)
 *
 * Env: NEO4J_URI, NEO4J_USER (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE.
 */
import { parseArgs } from 'node:util';
import { printSeedErrors, resolveDir } from '../../seed/cli/cli-output';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { DEFAULT_SEED_DIR } from '../project-root';

const USAGE = 'usage: load-seed [--check] [--dir <seed directory>]';

async function main(): Promise<number> {
  let args: { check: boolean; dir: string | undefined };
  try {
    const { values } = parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        dir: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    args = { check: values.check ?? false, dir: values.dir };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }

  const seedDir = resolveDir({ dir: args.dir, fallback: DEFAULT_SEED_DIR });
  const result = await loadSeedDirectory({ seedDir });
  if (!result.ok) {
    printSeedErrors({ errors: result.errors, seedDir });
    return 1;
  }
  const { batch } = result;
  const counts =
    `${batch.sources.length} source(s), ${batch.entities.length} entities, ${batch.claims.length} claims, ` +
    `${batch.factEdges.length} fact edges, ${batch.topics.length} topic(s)`;
  if (args.check) {
    process.stdout.write(`seed OK: ${counts} in ${seedDir} (--check: nothing written)\n`);
    return 0;
  }

  const uri = process.env.NEO4J_URI;
  if (!uri) {
    process.stdout.write(
      `seed OK: ${counts}.\nNEO4J_URI is not set, so there is nothing to seed: the embedded store loads the seed ` +
        'files itself when the server starts. Set NEO4J_URI (and NEO4J_PASSWORD) to load them into Neo4j.\n',
    );
    return 0;
  }
  // Loaded lazily so --check and the embedded case never touch the Neo4j driver.
  const { writeSeedToNeo4j } = await import('./write-seed-to-neo4j');
  try {
    const summary = await writeSeedToNeo4j({
      batch,
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    });
    process.stdout.write(
      `wrote to ${uri} in one transaction: ${summary.sources} source(s), ${summary.entities} entities, ` +
        `${summary.claims} claims, ${summary.factEdges} fact edges, ${summary.topics} topic(s)\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`seed not written: ${(error as Error).message}\n`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `load-seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
