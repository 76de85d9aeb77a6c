import { withCircuitBreaker } from '../../server/store/store-circuit-breaker';
import { StoreUnavailableError } from '../../server/errors/api-errors';
import { failingStore } from '../api/support/failing-store';

describe('store circuit breaker', () => {
  it('once the store is unreachable, fails at once with a retryAfter, probes in the background and closes when it answers', async () => {
    let down = true;
    let calls = 0;
    const inner = failingStore({ fail: () => new StoreUnavailableError('connect ECONNREFUSED') });
    inner.stats = async () => {
      calls++;
      if (down) throw new StoreUnavailableError('connect ECONNREFUSED');
      return { totalNodes: 1, totalRelationships: 0, nodes: [], relationships: [] } as never;
    };
    inner.ping = async () => {
      if (down) throw new StoreUnavailableError('connect ECONNREFUSED');
    };
    const store = withCircuitBreaker({ store: inner, options: { firstProbeDelayMs: 20, maxProbeDelayMs: 50 } });
    await expect(store.stats()).rejects.toThrow(StoreUnavailableError);
    expect(store.breakerState().kind).toBe('open');

    const started = performance.now();
    const refused = await store.stats().catch((error: unknown) => error);
    expect(performance.now() - started).toBeLessThan(100);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as StoreUnavailableError).retryAfterMs).toBeGreaterThan(0);
    expect(calls).toBe(1); // the refused call never reached the store

    down = false;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.breakerState().kind).toBe('closed');
    await expect(store.stats()).resolves.toMatchObject({ totalNodes: 1 });
    await store.close();
  });

  it('one slow query on a healthy store does not open it (a probe decides)', async () => {
    const inner = failingStore({ fail: () => new StoreUnavailableError('timed out', { reason: 'timeout' }) });
    inner.ping = async () => undefined;
    const store = withCircuitBreaker({ store: inner, options: { firstProbeDelayMs: 20 } });
    await expect(store.stats()).rejects.toThrow('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.breakerState().kind).toBe('closed');
    await store.close();
  });
});
