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

function intFrom({ env, name, fallback, min, max }: { env: NodeJS.ProcessEnv; name: string; fallback: number; min: number; max: number }): number {
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

export function loadConfig({ env }: { env: NodeJS.ProcessEnv }): ServerConfig {
  const production = env.NODE_ENV === 'production';
  const uri = env.NEO4J_URI?.trim();
  return {
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
          connectTimeoutMs: intFrom({ env, name: 'NEO4J_CONNECT_TIMEOUT_MS', fallback: 60_000, min: 0, max: 3_600_000 }),
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
