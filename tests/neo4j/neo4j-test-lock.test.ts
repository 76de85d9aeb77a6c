/** The cross-process lock that keeps Neo4j suites from wiping each other's data. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockNeo4jTestDatabase } from './neo4j-test-lock';

const uri = `bolt://lock-test-${process.pid}:1`;

describe('lockNeo4jTestDatabase', () => {
  it('makes a second holder wait until the first releases', async () => {
    const events: string[] = [];
    const releaseFirst = await lockNeo4jTestDatabase({ uri });
    const second = lockNeo4jTestDatabase({ uri }).then((release) => {
      events.push('second acquired');
      release();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    events.push('first releases');
    releaseFirst();
    await second;
    expect(events).toEqual(['first releases', 'second acquired']);
  });

  it('takes over a lock whose owner process is gone', async () => {
    const dir = path.join(os.tmpdir(), `whosaid-neo4j-test-lock-${uri.replace(/[^a-zA-Z0-9]+/g, '_')}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pid'), '2147483646');
    const release = await lockNeo4jTestDatabase({ uri, timeoutMs: 5_000 });
    release();
  });

  it('gives up with a clear error after the timeout', async () => {
    const release = await lockNeo4jTestDatabase({ uri });
    try {
      await expect(lockNeo4jTestDatabase({ uri, timeoutMs: 100 })).rejects.toThrow(/stayed locked/);
    } finally {
      release();
    }
  });
});
