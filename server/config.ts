/**
 * Server configuration, read once from the environment. Invalid values fail at startup with a
 * message naming the variable, instead of surfacing later as odd behaviour.
 */
import path from 'node:path';
import { parseWriteTokens, WriteTokensError, type WriteAccess } from './auth/write-tokens';
import { DEFAULT_SEED_DIR, PROJECT_ROOT } from './project-root';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Total time startup keeps retrying an unreachable Neo4j before giving up. */
  connectTimeoutMs: number;
}

export interface ServerConfig {
  /** Deadline of one GraphQL request (REQUEST_TIMEOUT after it). */
  requestTimeoutMs: number;
  /** Largest GraphQL answer (RESPONSE_TOO_LARGE over it). */
  maxResponseBytes: number;
  port: number;
  host: string;
  production: boolean;
  introspection: boolean;
  seedDir: string;
  /** WHOSAID_WRITE_TOKENS: off unless set. */
  writeAccess: WriteAccess;
  /** null: use the embedded store loaded from seedDir. */
  neo4j: Neo4jConfig | null;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function intFrom({
  env,
  name,
  fallback,
  min,
  max,
}: {
  env: NodeJS.ProcessEnv;
  name: string;
  fallback: number;
  min: number;
  max: number;
}): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function booleanFrom({ env, name, fallback }: { env: NodeJS.ProcessEnv; name: string; fallback: boolean }): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** Schemes neo4j-driver speaks; anything else (http://, a typo) can never connect, so it is refused at startup. */
const NEO4J_URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/?#]+(:\d+)?\/?(\?\S*)?$/;

function neo4jUriFrom({ env }: { env: NodeJS.ProcessEnv }): string | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  if (!NEO4J_URI_PATTERN.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (also +s, +ssc), got "${uri}"`,
    );
  }
  return uri;
}

/** Cursors are signed with it (server/store/claim-cursor.ts); a short one would be guessable. */
function checkCursorSecret({ env }: { env: NodeJS.ProcessEnv }): void {
  const secret = env.WHOSAID_CURSOR_SECRET?.trim();
  if (secret !== undefined && secret !== '' && secret.length < 32) {
    throw new ConfigError(
      `WHOSAID_CURSOR_SECRET must be at least 32 characters (e.g. openssl rand -hex 32), got ${secret.length}`,
    );
  }
}

export function loadConfig({ env }: { env: NodeJS.ProcessEnv }): ServerConfig {
  const production = env.NODE_ENV === 'production';
  const uri = neo4jUriFrom({ env });
  checkCursorSecret({ env });
  return {
    requestTimeoutMs: intFrom({ env, name: 'WHOSAID_REQUEST_TIMEOUT_MS', fallback: 10_000, min: 100, max: 600_000 }),
    maxResponseBytes: intFrom({
      env,
      name: 'WHOSAID_MAX_RESPONSE_BYTES',
      fallback: 8 * 1024 * 1024,
      min: 1024,
      max: 256 * 1024 * 1024,
    }),
    port: intFrom({ env, name: 'PORT', fallback: 4000, min: 0, max: 65535 }),
    host: env.HOST?.trim() || '127.0.0.1',
    production,
    introspection: booleanFrom({ env, name: 'GRAPHQL_INTROSPECTION', fallback: !production }),
    writeAccess: writeAccessFrom({ env }),
    seedDir: env.WHOSAID_SEED_DIR ? path.resolve(PROJECT_ROOT, env.WHOSAID_SEED_DIR) : DEFAULT_SEED_DIR,
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE?.trim() || undefined,
          connectTimeoutMs: intFrom({
            env,
            name: 'NEO4J_CONNECT_TIMEOUT_MS',
            fallback: 60_000,
            min: 0,
            max: 3_600_000,
          }),
        }
      : null,
  };
}

function writeAccessFrom({ env }: { env: NodeJS.ProcessEnv }): WriteAccess {
  try {
    return parseWriteTokens({ value: env.WHOSAID_WRITE_TOKENS });
  } catch (error) {
    if (error instanceof WriteTokensError) throw new ConfigError(error.message);
    throw error;
  }
}
