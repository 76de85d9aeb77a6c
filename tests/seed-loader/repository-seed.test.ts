/**
 * The repository's own seed/ (the curated article) must always validate and be accepted by a
 * store: a broken seed file fails here with the loader's file:line errors in the message.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { formatSeedError } from '../../seed/loader/seed-errors';
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import { DEFAULT_SEED_DIR } from '../../server/project-root';

const hasCuratedSeed = existsSync(path.join(DEFAULT_SEED_DIR, 'sources', 'ai-race-article', 'source.yaml'));

(hasCuratedSeed ? describe : describe.skip)('the repository seed', () => {
  it('validates and writes into the embedded store', async () => {
    const result = await loadSeedDirectory({ seedDir: DEFAULT_SEED_DIR });
    if (!result.ok) throw new Error(`seed/ has errors:\n${result.errors.map(formatSeedError).join('\n')}`);
    const store = createEmbeddedStore();
    try {
      const summary = await store.writeBatch({ batch: result.batch });
      expect(summary.sources).toBeGreaterThanOrEqual(1);
      expect(summary.claims).toBe(result.batch.claims.length);
    } finally {
      await store.close();
    }
  });
});
