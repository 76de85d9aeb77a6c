/**
 * Bounds a promise in time: rejects with StoreUnavailableError when `ms` passes first. The work
 * itself is not cancelled (a driver call keeps its own timeouts); the caller just stops waiting,
 * so a frozen store can never hang a request or a health check.
 */
import { StoreUnavailableError } from '../errors/api-errors';

export function withDeadline<T>({ promise, ms, what }: { promise: Promise<T>; ms: number; what: string }): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StoreUnavailableError(`the store did not answer the ${what} within ${ms} ms`, { reason: 'timeout' }),
        ),
      ms,
    );
    timer.unref();
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
