/**
 * Runs a layout step with Math.random replaced by a generator seeded from the graph itself, so
 * the same graph gets the same picture: layout-utilities' placeNewNodes (expansions) and fcose
 * draw from Math.random, and neither takes a seed. A shared link then shows what its sender saw.
 * Synchronous only: the original is back before anything else runs.
 */

/** mulberry32: small, fast, good enough to spread nodes (the benchmark draws its graphs with it too). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from ids (order-independent: they are sorted). */
export function seedOf({ ids }: { ids: string[] }): number {
  let hash = 2166136261;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
    hash = Math.imul(hash ^ 0x2c, 16777619);
  }
  return hash >>> 0;
}

export function withSeededRandom<T>({ seed, run }: { seed: number; run: () => T }): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
