/**
 * Refuses an oversized request body as early as it can be known: a declared Content-Length over the
 * limit is answered 413 before any of the body is read, and a chunked body is answered 413 the moment
 * it passes the limit; either way the connection is closed. body-parser alone would also answer 413,
 * but only after reading (and discarding) the whole body, however large or slow.
 */
import type { NextFunction, Request, Response } from 'express';
import { badRequestBody } from '../errors/api-errors';

function refuse({ res, limit }: { res: Response; limit: number }): void {
  if (res.headersSent) return;
  res.setHeader('Connection', 'close');
  res.status(413).json(badRequestBody({ message: `Request body too large (limit ${Math.round(limit / 1024)}kb)` }));
  // The rest of the body is not wanted: stop reading once the answer is out.
  res.once('finish', () => setTimeout(() => res.req.socket.destroy(), 50).unref());
}

export function bodyLimit({ limit }: { limit: number }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      refuse({ res, limit });
      return;
    }
    if (req.headers['transfer-encoding'] !== undefined) {
      let seen = 0;
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > limit) refuse({ res, limit });
      });
    }
    next();
  };
}
