/** Timing of one operation on one layer: warm-up, timed calls on a fixed argument list, percentiles. */

export type Layer = 'driver' | 'store' | 'api';
export type StoreKind = 'neo4j' | 'embedded';

export interface Measurement {
  name: string;
  layer: Layer;
  store: StoreKind;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  runs: number;
  /** Mean size of the answers (hits, nodes, claims...), so a fast "nothing found" cannot pass for speed. */
  meanResult: number | null;
  /** Set when the operation failed on this layer (then no timings): the first error's message. */
  error?: string;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile({ sorted, p }: { sorted: readonly number[]; p: number }): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Calls `run` on args[0..warmup) untimed, then on every later argument timed (wall clock, one call at a
 * time). `run` returns the answer's size or null.
 */
export async function measure<A>({
  name,
  layer,
  store,
  args,
  warmup,
  run,
}: {
  name: string;
  layer: Layer;
  store: StoreKind;
  args: readonly A[];
  warmup: number;
  run: (arg: A) => Promise<number | null>;
}): Promise<Measurement> {
  for (const arg of args.slice(0, warmup)) await run(arg);
  const times: number[] = [];
  const sizes: number[] = [];
  for (const arg of args.slice(warmup)) {
    const start = process.hrtime.bigint();
    const size = await run(arg);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (size !== null) sizes.push(size);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    layer,
    store,
    p50: percentile({ sorted: times, p: 50 }),
    p95: percentile({ sorted: times, p: 95 }),
    p99: percentile({ sorted: times, p: 99 }),
    max: times[times.length - 1] ?? Number.NaN,
    runs: times.length,
    meanResult: sizes.length === 0 ? null : sizes.reduce((a, b) => a + b, 0) / sizes.length,
  };
}

/** How many things an answer holds: array length, subgraph nodes, claims of a page, GraphQL data sizes. */
export function resultSize(value: unknown): number | null {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') {
    if ('nodes' in value && Array.isArray(value.nodes)) return value.nodes.length;
    if ('claims' in value && Array.isArray(value.claims)) return value.claims.length;
    if ('edges' in value && Array.isArray(value.edges)) return value.edges.length;
  }
  return null;
}
