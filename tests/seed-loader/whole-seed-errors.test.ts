/**
 * Errors are collected across the whole seed before anything is returned, files that are
 * missing or unreadable are named, and a rejected seed leaves a store untouched.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import { cleanupSeedCopies, copyValidSeed, DESERT, editFile, failingLoad, lineOf, onlyError } from './seed-fixture';

afterAll(cleanupSeedCopies);

describe('errors across the whole seed', () => {
  it('reports three problems in one folder as three errors at once, in file/line order', async () => {
    const dir = await copyValidSeed();
    await editFile({ dir, file: `${DESERT}/entities.yaml`, from: 'type: Model', to: 'type: Robot' });
    await editFile({
      dir,
      file: `${DESERT}/claims.yaml`,
      from: 'speaker: mesa-institute',
      to: 'speaker: mesa-college',
    });
    await editFile({ dir, file: `${DESERT}/claims.yaml`, from: 'start: 56\n  end: 85', to: 'start: 50\n  end: 85' });
    const errors = await failingLoad(dir);
    expect(errors.map((e) => [e.file, e.path])).toEqual([
      [`${DESERT}/claims.yaml`, 'claims[1].quote'],
      [`${DESERT}/claims.yaml`, 'claims[3].speaker'],
      [`${DESERT}/entities.yaml`, 'entities[1].type'],
    ]);
    expect(errors[0]!.line).toBe(await lineOf({ dir, file: `${DESERT}/claims.yaml`, text: 'quote: Wile Coyote, CEO' }));
  });

  it('names a missing text.txt and does not report every quote of the folder as well', async () => {
    const dir = await copyValidSeed();
    await rm(path.join(dir, DESERT, 'text.txt'));
    expect(await onlyError(dir)).toEqual({
      file: `${DESERT}/text.txt`,
      line: null,
      path: '',
      message: expect.stringMatching(/missing: every source folder needs text.txt/),
    });
  });

  it('rejects a text.txt that is not UTF-8 instead of silently replacing bytes', async () => {
    const dir = await copyValidSeed();
    await writeFile(path.join(dir, DESERT, 'text.txt'), Buffer.from([0x41, 0xff, 0x42]));
    const errors = await failingLoad(dir);
    expect(errors).toContainEqual({
      file: `${DESERT}/text.txt`,
      line: null,
      path: '',
      message: expect.stringMatching(/not valid UTF-8/),
    });
  });

  it('names a missing source.yaml', async () => {
    const dir = await copyValidSeed();
    await rm(path.join(dir, DESERT, 'source.yaml'));
    const errors = await failingLoad(dir);
    expect(errors).toContainEqual({
      file: `${DESERT}/source.yaml`,
      line: null,
      path: '',
      message: expect.stringMatching(/missing/),
    });
  });

  it('names a seed directory that does not exist', async () => {
    const errors = await failingLoad(path.join(__dirname, 'fixtures', 'no-such-seed'));
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/does not exist/) })]);
  });
});

describe('a rejected seed writes nothing', () => {
  it('leaves the embedded store empty, since only an ok result carries a batch', async () => {
    const dir = await copyValidSeed();
    await editFile({
      dir,
      file: `${DESERT}/claims.yaml`,
      from: 'speaker: mesa-institute',
      to: 'speaker: mesa-college',
    });
    const store = createEmbeddedStore();
    try {
      const result = await loadSeedDirectory({ seedDir: dir });
      if (result.ok) await store.writeBatch({ batch: result.batch });
      expect(result.ok).toBe(false);
      expect(await store.listSources()).toEqual([]);
      const stats = await store.stats();
      expect(stats.nodes.every((n) => n.count === 0)).toBe(true);
      expect(stats.relationships.every((r) => r.count === 0)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('while the valid fixture writes fully into the same kind of store', async () => {
    const store = createEmbeddedStore();
    try {
      const result = await loadSeedDirectory({ seedDir: path.join(__dirname, 'fixtures', 'valid-seed') });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const summary = await store.writeBatch({ batch: result.batch });
      expect(summary).toEqual({ sources: 1, topics: 1, entities: 5, claims: 4, factEdges: 3 });
    } finally {
      await store.close();
    }
  });
});
