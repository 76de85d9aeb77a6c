/**
 * Every GraphQL request gets an AbortSignal (context.signal) that fires when its deadline passes or
 * when the client goes away; bounded-schema.ts checks it before each resolver, so an abandoned or
 * overlong request stops doing work at the next field instead of running to the end.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type AbortReason = 'deadline' | 'client-gone';

export class RequestAbortedError extends Error {
  override readonly name = 'RequestAbortedError';
  constructor(
    readonly reason: AbortReason,
    readonly deadlineMs: number,
  ) {
    super(reason === 'deadline' ? `Request deadline of ${deadlineMs} ms exceeded` : 'The client closed the connection');
  }
}

export function requestSignal({
  res,
  deadlineMs,
}: {
  req?: IncomingMessage;
  res: ServerResponse;
  deadlineMs: number;
}): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestAbortedError('deadline', deadlineMs)), deadlineMs);
  timer.unref();
  res.once('finish', () => clearTimeout(timer));
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished && !controller.signal.aborted)
      controller.abort(new RequestAbortedError('client-gone', deadlineMs));
  });
  return controller.signal;
}

/** The reason a signal fired, when it was one of ours. */
export function abortReasonOf(signal: AbortSignal | undefined): RequestAbortedError | undefined {
  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  return reason instanceof RequestAbortedError ? reason : undefined;
}
