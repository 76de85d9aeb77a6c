/**
 * The one file that owns the Neo4j driver. Everything else in server/store/neo4j names a query
 * (cypher/<name>.cypher) and gets plain objects back; sessions, timeouts, record conversion and
 * error mapping live here so no other file can forget them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { isRelationshipType } from '../../../domain/vocabulary';
import { CYPHER_DIR } from '../../project-root';
import { LIMITS } from '../../../domain/limits';
import { StoreUnavailableError } from '../../errors/api-errors';
import { withDeadline } from '../with-deadline';

/**
 * Every bound a store call has, from the inside out (docs/reliability.md):
 * - connectionTimeout: opening a socket; connectionAcquisitionTimeout: waiting for a pooled one;
 * - maxTransactionRetryTime: how long the driver retries a transient failure (it used to retry a dead
 *   server for 6-8 s per request; the circuit breaker now answers those at once);
 * - the transaction timeout (LIMITS.READ_TIMEOUT_MS), enforced by the server;
 * - CALL_DEADLINE_MS, enforced here, because a frozen server enforces nothing and an open socket to it
 *   never errors: the caller stops waiting whatever the driver does.
 */
export const NEO4J_TIMEOUTS = {
  CONNECTION_MS: 2_000,
  ACQUISITION_MS: 2_000,
  RETRY_MS: 1_000,
  READ_DEADLINE_MS: LIMITS.READ_TIMEOUT_MS + 1_000,
  PING_DEADLINE_MS: 1_500,
} as const;
/**
 * Connections the pool keeps. The driver's default (100) lets a burst open more sessions than a
 * 2-core Neo4j can serve, so they queue inside the server; a smaller pool queues in the driver instead.
 */
export const MAX_POOL_SIZE = 50;
/** Writes load whole sources (and bench chunks of thousands of rows), so they get more room than reads. */
const WRITE_TIMEOUT_MS = 120_000;

export type QueryParams = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * Runs a named query inside the current write transaction; `relationshipType` fills the query's
 * {{RELATIONSHIP_TYPE}} (see loadQueryForType).
 */
export type RunInTransaction = (args: {
  name: string;
  params?: QueryParams;
  relationshipType?: string;
}) => Promise<Row[]>;

export interface Neo4jExecutor {
  readonly uri: string;
  /** One read transaction with LIMITS.READ_TIMEOUT_MS. */
  read(args: { name: string; params?: QueryParams }): Promise<Row[]>;
  /** One write transaction around `work`: all its queries commit together or not at all. */
  write<T>(args: { work: (run: RunInTransaction) => Promise<T> }): Promise<T>;
  /**
   * One statement in an auto-commit transaction: schema statements (cypher/schema/*.cypher) and
   * maintenance queries using CALL { } IN TRANSACTIONS, which managed transactions cannot run.
   */
  runAutoCommit(args: { statement: string; params?: QueryParams; timeoutMs?: number }): Promise<Row[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const queryCache = new Map<string, string>();

/** Query text of cypher/<name>.cypher, read once per process. Names are kebab-case file names only. */
export function loadQuery({ name }: { name: string }): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`invalid query name "${name}"`);
  let text = queryCache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    queryCache.set(name, text);
  }
  return text;
}

const TYPE_PLACEHOLDER = '{{RELATIONSHIP_TYPE}}';

/**
 * The single place where a relationship type becomes query text: MERGE plans well only with a static type.
 * The type must be in the vocabulary (so it is a plain identifier and never user input) and the query must
 * have been written for it (holds the placeholder).
 */
export function loadQueryForType({ name, relationshipType }: { name: string; relationshipType: string }): string {
  if (!isRelationshipType(relationshipType))
    throw new Error(`${name}: "${relationshipType}" is not a relationship type of the vocabulary`);
  const text = loadQuery({ name });
  if (!text.includes(TYPE_PLACEHOLDER)) throw new Error(`${name}: has no ${TYPE_PLACEHOLDER} to fill`);
  return text.split(TYPE_PLACEHOLDER).join(relationshipType);
}

/** Driver error codes meaning "the server is not there (any more)". */
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ETIMEDOUT']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The first line of a driver message; for "Failed to connect ... Caused by: connect ECONNREFUSED" just the cause. */
function firstLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
  return /Caused by: (.+)$/.exec(message)?.[1] ?? message;
}

/** Turns driver failures into the port's errors; anything else (a query bug) keeps its message plus the query name. */
export function mapDriverError({
  error,
  uri,
  user,
  what,
}: {
  error: unknown;
  uri: string;
  user: string;
  what: string;
}): Error {
  // Errors thrown by our own code inside a transaction (InvalidArgumentError from a batch check, a
  // missing end node) keep their type and message; only the driver's errors are translated.
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = codeOf(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(`Neo4j at ${uri} rejected the credentials for user ${user}`, { cause: error });
  }
  const unreachable =
    UNREACHABLE_CODES.has(code) ||
    (!code.startsWith('Neo.') &&
      /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|closed|acquisition timed out/i.test(firstLine(error)));
  if (unreachable) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unavailable (${what}): ${firstLine(error)}`, { cause: error });
  }
  if (TIMEOUT_CODES.has(code)) {
    return new StoreUnavailableError(`Neo4j at ${uri} timed out (${what})`, { cause: error, reason: 'timeout' });
  }
  return new Error(`Neo4j query ${what} failed: ${firstLine(error)}`, { cause: error });
}

/**
 * JavaScript numbers go to Neo4j as floats, which LIMIT rejects and which would store offsets as 12.0;
 * integral numbers are sent as Cypher integers instead (real fractions only live inside JSON strings).
 */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/**
 * Records become plain objects. disableLosslessIntegers already gives numbers for integers; map
 * projections give maps, so no Node/Relationship objects ever leave this file.
 */
function toRows(records: { toObject(): Row }[]): Row[] {
  return records.map((record) => record.toObject());
}

export function createNeo4jExecutor({
  uri,
  user,
  password,
  database,
}: {
  uri: string;
  user: string;
  password: string;
  database?: string;
}): Neo4jExecutor {
  let driver: Driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      connectionTimeout: NEO4J_TIMEOUTS.CONNECTION_MS,
      connectionAcquisitionTimeout: NEO4J_TIMEOUTS.ACQUISITION_MS,
      maxTransactionRetryTime: NEO4J_TIMEOUTS.RETRY_MS,
      maxConnectionPoolSize: MAX_POOL_SIZE,
      // The driver logs nothing by default; our errors carry the message.
    });
  } catch (error) {
    // A malformed URI throws synchronously.
    throw new StoreUnavailableError(`Neo4j at ${uri} cannot be used: ${firstLine(error)}`, { cause: error });
  }
  // One bookmark manager for every session of this executor: on a cluster (neo4j:// routing URI, reads on
  // followers, writes on the leader) a read then waits for the writes this process committed before it.
  const bookmarkManager = neo4j.bookmarkManager();
  const sessionConfig = () => (database ? { database, bookmarkManager } : { bookmarkManager });
  const fail = (error: unknown, what: string) => mapDriverError({ error, uri, user, what });

  return {
    uri,
    async read({ name, params = {} }) {
      const query = loadQuery({ name });
      const session = driver.session({ ...sessionConfig(), defaultAccessMode: neo4j.session.READ });
      const work = session
        .executeRead(async (tx) => toRows((await tx.run(query, toCypherParams(params) as QueryParams)).records), {
          timeout: LIMITS.READ_TIMEOUT_MS,
        })
        .finally(() => session.close().catch(() => undefined));
      try {
        return await withDeadline({ promise: work, ms: NEO4J_TIMEOUTS.READ_DEADLINE_MS, what: `query ${name}` });
      } catch (error) {
        throw fail(error, name);
      }
    },
    async write({ work }) {
      const session = driver.session({ ...sessionConfig(), defaultAccessMode: neo4j.session.WRITE });
      let current = 'write';
      try {
        return await session.executeWrite(
          async (tx: ManagedTransaction) =>
            work(async ({ name, params = {}, relationshipType }) => {
              current = name;
              const query =
                relationshipType === undefined ? loadQuery({ name }) : loadQueryForType({ name, relationshipType });
              return toRows((await tx.run(query, toCypherParams(params) as QueryParams)).records);
            }),
          { timeout: WRITE_TIMEOUT_MS },
        );
      } catch (error) {
        throw fail(error, current);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
    async runAutoCommit({ statement, params = {}, timeoutMs = WRITE_TIMEOUT_MS }) {
      const session = driver.session({ ...sessionConfig(), defaultAccessMode: neo4j.session.WRITE });
      try {
        return toRows(
          (await session.run(statement, toCypherParams(params) as QueryParams, { timeout: timeoutMs })).records,
        );
      } catch (error) {
        throw fail(error, `auto-commit: ${statement.split('\n').find((l) => !l.startsWith('//')) ?? ''}`);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
    async ping() {
      try {
        await withDeadline({
          promise: driver.verifyConnectivity(sessionConfig()),
          ms: NEO4J_TIMEOUTS.PING_DEADLINE_MS,
          what: 'ping',
        });
      } catch (error) {
        throw fail(error, 'ping');
      }
    },
    async close() {
      await driver.close();
    },
  };
}
