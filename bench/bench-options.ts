/**
 * `npm run bench -- [--size tiny|small|full] [--json FILE] [--store neo4j|embedded|both] [--runs N] [--skip-load] [--allow-wipe]`
 * parsed into one options object. Sizes: tiny is the CI smoke (seconds, nothing asserted), small about
 * 10k entities / 100k relationships (minutes), full 100k entities / 1M relationships.
 */
import type { SyntheticGraphOptions } from './generate-synthetic-graph';

export const SIZE_NAMES = ['tiny', 'small', 'full'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];
export const STORE_CHOICES = ['neo4j', 'embedded', 'both'] as const;
export type StoreChoice = (typeof STORE_CHOICES)[number];

interface SizePreset {
  graph: SyntheticGraphOptions;
  /** Timed calls per operation and layer (after the warm-up). */
  runs: number;
  warmup: number;
  /** Seconds of the autocannon load run; 0 = no load run. */
  loadSeconds: number;
}

// Claims bring about 3.9 provenance edges each (SAID, ABOUT x1-2, STATED_IN), so facts + hub + 3.9 x claims
// is the relationship total: ~5k, ~100k and ~1M.
export const SIZES: Record<SizeName, SizePreset> = {
  tiny: {
    graph: { entities: 500, factEdges: 2_500, hubEdges: 500, claims: 500, sources: 10, seed: 42 },
    runs: 20,
    warmup: 3,
    loadSeconds: 2,
  },
  small: {
    graph: { entities: 10_000, factEdges: 50_000, hubEdges: 10_000, claims: 10_000, sources: 50, seed: 42 },
    runs: 200,
    warmup: 20,
    loadSeconds: 30,
  },
  full: {
    graph: { entities: 100_000, factEdges: 510_000, hubEdges: 100_000, claims: 100_000, sources: 200, seed: 42 },
    runs: 200,
    warmup: 20,
    loadSeconds: 30,
  },
};

export interface BenchOptions {
  size: SizeName;
  preset: SizePreset;
  json: string | null;
  /** Where the markdown goes; tiny runs write nowhere unless --markdown says so (CI must not dirty docs/). */
  markdown: string | null;
  store: StoreChoice;
  skipLoad: boolean;
  /** Wipe the Neo4j even when it holds data the benchmark did not load (CI's own server). */
  allowWipe: boolean;
  loadRun: boolean;
  browser: boolean;
}

function valueOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new Error(`${flag}: expected one of ${allowed.join(', ')}, got ${value ?? 'nothing'}`);
  }
  return value as T;
}

export function parseBenchArgs({ argv }: { argv: readonly string[] }): BenchOptions {
  let size: SizeName = 'small';
  let json: string | null = null;
  let markdown: string | undefined;
  let store: StoreChoice = 'both';
  let runs: number | null = null;
  let skipLoad = false;
  let allowWipe = false;
  let loadRun = true;
  let browser = true;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag}: missing value`);
      return value;
    };
    if (flag === '--size') size = valueOf(flag, argv[++i], SIZE_NAMES);
    else if (flag === '--json') json = next();
    else if (flag === '--markdown') markdown = next();
    else if (flag === '--store') store = valueOf(flag, argv[++i], STORE_CHOICES);
    else if (flag === '--runs') {
      runs = Number(next());
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer`);
    } else if (flag === '--skip-load') skipLoad = true;
    else if (flag === '--allow-wipe') allowWipe = true;
    else if (flag === '--no-load-run') loadRun = false;
    else if (flag === '--no-browser') browser = false;
    else
      throw new Error(
        `unknown argument ${flag}; usage: npm run bench -- [--size tiny|small|full] [--json FILE] [--markdown FILE] [--store neo4j|embedded|both] [--runs N] [--skip-load] [--allow-wipe] [--no-load-run] [--no-browser]`,
      );
  }
  const preset = { ...SIZES[size], runs: runs ?? SIZES[size].runs };
  return {
    size,
    preset,
    json,
    markdown: markdown ?? (size === 'tiny' ? null : 'docs/benchmarks.md'),
    store,
    skipLoad,
    allowWipe,
    loadRun,
    browser,
  };
}
