import { Client, makeErrorResult, makeResult, type Exchange } from 'urql';
import { filter, map, pipe, subscribe } from 'wonka';
import { createReachabilityMonitor } from '../../client/src/api/api-reachability';

type Answer = 'data' | 'graphql-error' | 'network-error';

/** A client whose "network" answers each request as the test says. */
function clientWith({ answer }: { answer: () => Answer }) {
  const monitor = createReachabilityMonitor();
  const network: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        const kind = answer();
        if (kind === 'network-error') return makeErrorResult(operation, new TypeError('Failed to fetch'));
        if (kind === 'graphql-error') {
          return makeResult(operation, { errors: [{ message: 'bad argument' }] } as never);
        }
        return makeResult(operation, { data: { ok: true } });
      }),
    );
  const client = new Client({ url: 'http://mock/graphql', exchanges: [monitor.exchange, network] });
  return { client, monitor };
}

/** Asks once and lets the monitor's deferred update land. */
async function ask(client: Client, n: number) {
  await client.query(`query Q${n} { ok }`, {}).toPromise();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('reachability monitor', () => {
  it('starts online, turns unreachable on a network error and online on the next answer', async () => {
    let answer: Answer = 'data';
    const { client, monitor } = clientWith({ answer: () => answer });
    const seen: string[] = [];
    monitor.subscribe(() => seen.push(monitor.current().status));
    expect(monitor.current()).toEqual({ status: 'online' });

    await ask(client, 1);
    expect(seen).toEqual([]);
    answer = 'network-error';
    await ask(client, 2);
    expect(monitor.current()).toEqual({ status: 'unreachable', message: 'Failed to fetch' });
    await ask(client, 3);
    // Repeated failures do not notify again.
    expect(seen).toEqual(['unreachable']);
    answer = 'data';
    await ask(client, 4);
    expect(seen).toEqual(['unreachable', 'online']);
  });

  it('counts a GraphQL error as an answer: the server is up, the request was wrong', async () => {
    let answer: Answer = 'network-error';
    const { client, monitor } = clientWith({ answer: () => answer });
    await ask(client, 1);
    expect(monitor.current().status).toBe('unreachable');
    answer = 'graphql-error';
    await ask(client, 2);
    expect(monitor.current().status).toBe('online');
  });

  it('retryFailed re-runs a failed query that is still subscribed', async () => {
    let answer: Answer = 'network-error';
    const { client, monitor } = clientWith({ answer: () => answer });
    const results: string[] = [];
    const { unsubscribe } = pipe(
      client.query('query Live { ok }', {}),
      subscribe((result) => results.push(result.error ? 'error' : 'data')),
    );
    await Promise.resolve();
    expect(results).toEqual(['error']);
    answer = 'data';
    monitor.retryFailed({ client });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(results).toEqual(['error', 'data']);
    expect(monitor.current().status).toBe('online');
    unsubscribe();
  });
});
