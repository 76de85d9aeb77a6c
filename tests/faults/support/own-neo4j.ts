/**
 * The fault suite's own Neo4j: started with scripts/neo4j/start.sh in its own folder on a free port,
 * so freezing (SIGSTOP) or killing it never touches the Neo4j the other suites share. The jars are
 * linked from the developer's .neo4j/lib when present (no second fetch).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../../server/project-root';
import type { ServiceGate } from '../../support/service-gates';

const run = promisify(execFile);

export const FAULTS_DIR = process.env.FAULTS_NEO4J_DIR ?? path.join(PROJECT_ROOT, '.neo4j', 'faults');
export const PASSWORD = 'whosaid-faults';

/** Java is what a local Neo4j needs; under REQUIRE_NEO4J=1 its absence fails the suite. */
export function javaGate(): ServiceGate {
  const java = spawnSync(process.env.NEO4J_JAVA ?? 'java', ['-version'], { stdio: 'ignore' });
  return {
    available: java.status === 0,
    required: process.env.REQUIRE_NEO4J === '1',
    reason: 'no java on PATH: the fault suite starts its own Neo4j (apt-get install -y openjdk-17-jre-headless maven)',
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface OwnNeo4j {
  uri: string;
  port: number;
  pid: () => number;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  signal: (name: 'SIGSTOP' | 'SIGCONT' | 'SIGKILL') => void;
}

export function ownNeo4j({ port }: { port: number }): OwnNeo4j {
  const env = { ...process.env, NEO4J_LOCAL_DIR: FAULTS_DIR, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: PASSWORD };
  const pidFile = path.join(FAULTS_DIR, 'neo4j.pid');
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid: () => Number(readFileSync(pidFile, 'utf8').trim()),
    async start() {
      mkdirSync(FAULTS_DIR, { recursive: true });
      const shared = path.join(PROJECT_ROOT, '.neo4j', 'lib');
      const own = path.join(FAULTS_DIR, 'lib');
      if (!existsSync(own) && existsSync(shared)) symlinkSync(shared, own);
      await run('bash', [path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'start.sh')], {
        env,
        cwd: PROJECT_ROOT,
        timeout: 300_000,
      });
    },
    async stop() {
      await run('bash', [path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'stop.sh')], {
        env,
        cwd: PROJECT_ROOT,
        timeout: 120_000,
      }).catch(() => undefined);
    },
    signal(name) {
      process.kill(this.pid(), name);
    },
  };
}

/** Polls `check` every `everyMs` until it returns true; returns the elapsed ms, or throws after `withinMs`. */
export async function waitUntil({
  check,
  withinMs,
  everyMs = 100,
}: {
  check: () => Promise<boolean>;
  withinMs: number;
  everyMs?: number;
}): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await check().catch(() => false)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`condition not met within ${withinMs} ms`);
}
