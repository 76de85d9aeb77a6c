/**
 * The server's structured log (pino, JSON lines on stdout). Level from LOG_LEVEL; by default
 * `info`, and `silent` under tests (NODE_ENV=test or a Jest worker) so suites stay quiet.
 * Unexpected errors are logged here with the request id the client is shown.
 */
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function logLevelFrom({ env }: { env: NodeJS.ProcessEnv }): string {
  const asked = env.LOG_LEVEL?.trim().toLowerCase();
  if (asked && (LEVELS as readonly string[]).includes(asked)) return asked;
  return env.NODE_ENV === 'test' || env.JEST_WORKER_ID !== undefined ? 'silent' : 'info';
}

export function createLogger({ env = process.env }: { env?: NodeJS.ProcessEnv } = {}): Logger {
  return pino({ level: logLevelFrom({ env }), base: { service: 'whosaid' } });
}

/** The process-wide logger. */
export const logger: Logger = createLogger();

/** An incoming x-request-id is reused only when it is a short, plain token (it ends up in logs and headers). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom({ header }: { header: string | string[] | undefined }): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
