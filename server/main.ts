/**
 * The server process: read config, open the store, serve HTTP. Startup failures print one clear
 * line (no stack trace) and exit non-zero; SIGINT/SIGTERM close the server, then the store.
 */
import { ConfigError, loadConfig } from './config';
import { createServer } from './http/create-server';
import { recoverSeedTransactions } from '../seed/writer/seed-transaction';
import { StartupError, startStore } from './start-store';

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ env: process.env });
  } catch (error) {
    if (error instanceof ConfigError) fail([`whosaid: ${error.message}`]);
    throw error;
  }

  if (config.writeAccess.kind === 'on') {
    // Finish what a crashed write left in the seed folder before anything reads it.
    for (const line of await recoverSeedTransactions({ seedDir: config.seedDir })) {
      process.stdout.write(
        `whosaid: seed folder recovery: ${line}${config.neo4j ? ' (run npm run seed to bring Neo4j in line)' : ''}\n`,
      );
    }
  }
  const where = config.neo4j ? `Neo4j at ${config.neo4j.uri}` : `the embedded store, loading ${config.seedDir}`;
  process.stdout.write(`whosaid: opening ${where}\n`);
  let store;
  try {
    store = await startStore({ config });
  } catch (error) {
    if (error instanceof StartupError) fail([...error.details, `whosaid: ${error.message}`]);
    fail([`whosaid: cannot open the store: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
  }

  let server;
  try {
    server = await createServer({
      store,
      port: config.port,
      host: config.host,
      production: config.production,
      introspection: config.introspection,
      requestTimeoutMs: config.requestTimeoutMs,
      maxResponseBytes: config.maxResponseBytes,
      writeAccess: config.writeAccess,
      seedDir: config.seedDir,
    });
  } catch (error) {
    await store.close().catch(() => undefined);
    fail([
      `whosaid: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  process.stdout.write(
    `whosaid: using the ${store.kind} store; UI at ${server.url}/ and GraphQL at ${server.graphqlUrl}\n`,
  );
  process.stdout.write(
    config.writeAccess.kind === 'on'
      ? `whosaid: curation writes ON for ${config.writeAccess.curators.map((c) => c.name).join(', ')}, seed folder ${config.seedDir}\n`
      : 'whosaid: curation writes off (set WHOSAID_WRITE_TOKENS to enable)\n',
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`whosaid: ${signal} received, closing\n`);
    try {
      await server.stop();
    } finally {
      await store.close().catch(() => undefined);
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  fail([`whosaid: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
});
