/**
 * Waits (bounded) until a Neo4j server answers on Bolt with the given credentials.
 * Used by start.sh after it launches the JVM: a listening port is not enough, the
 * server must accept a login and run a query before tests may use it.
 *
 *   NEO4J_PASSWORD=whosaid-test npx tsx scripts/neo4j/wait-for-bolt.ts \
 *     --uri bolt://127.0.0.1:7687 --user neo4j --timeout-seconds 120 [--pid 1234]
 *
 * Exit codes: 0 ready; 1 timed out or the process died; 2 the server answered but refused
 * the credentials (waiting longer cannot fix that, so fail at once).
 */
import neo4j from 'neo4j-driver';

interface WaitOptions {
  uri: string;
  user: string;
  password: string;
  timeoutSeconds: number;
  pid: number | null;
}

type Attempt = { kind: 'ready' } | { kind: 'auth-refused'; message: string } | { kind: 'not-yet'; message: string };

const AUTH_ERROR_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

function parseArgs({ argv }: { argv: string[] }): WaitOptions {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const timeoutSeconds = Number(value('timeout-seconds') ?? '120');
  const pidText = value('pid');
  const options: WaitOptions = {
    uri: value('uri') ?? 'bolt://127.0.0.1:7687',
    user: value('user') ?? 'neo4j',
    // The password comes from the environment so it does not show up in `ps` output.
    password: process.env.NEO4J_PASSWORD ?? '',
    timeoutSeconds: Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : 120,
    pid: pidText ? Number(pidText) : null,
  };
  if (!options.password) throw new Error('NEO4J_PASSWORD is not set');
  return options;
}

function processIsAlive({ pid }: { pid: number }): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function tryOnce({ uri, user, password }: { uri: string; user: string; password: string }): Promise<Attempt> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
  });
  try {
    const session = driver.session();
    try {
      await session.run('RETURN 1 AS one');
    } finally {
      await session.close();
    }
    return { kind: 'ready' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    return AUTH_ERROR_CODES.has(code) ? { kind: 'auth-refused', message } : { kind: 'not-yet', message };
  } finally {
    await driver.close();
  }
}

async function waitForBolt(options: WaitOptions): Promise<number> {
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  let lastMessage = 'no attempt made';
  while (Date.now() < deadline) {
    if (options.pid !== null && !processIsAlive({ pid: options.pid })) {
      console.error(`Neo4j process ${options.pid} exited before Bolt answered (last error: ${lastMessage})`);
      return 1;
    }
    const attempt = await tryOnce(options);
    switch (attempt.kind) {
      case 'ready':
        return 0;
      case 'auth-refused':
        console.error(`Neo4j at ${options.uri} refused user "${options.user}": ${attempt.message}`);
        return 2;
      case 'not-yet':
        lastMessage = attempt.message;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        break;
      default: {
        const unreachable: never = attempt;
        throw new Error(`unknown attempt ${JSON.stringify(unreachable)}`);
      }
    }
  }
  console.error(
    `Neo4j at ${options.uri} did not answer within ${options.timeoutSeconds}s (last error: ${lastMessage})`,
  );
  return 1;
}

waitForBolt(parseArgs({ argv: process.argv.slice(2) })).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
