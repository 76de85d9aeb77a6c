/**
 * Faults during a curation write: the store failing in the middle of its transaction (the folders are
 * put back, the store keeps its old state) and a process killed between the renames of a folder commit
 * (recovery finishes the committed write; the folder is the old one or the new one, never a mix).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { aFactEdge } from '../support/builders';
import { folderFromPlain, plainOf, readFolderDocuments } from '../../seed/writer/folder-documents';
import { recoverSeedTransactions, stageSeedChanges, CURATION_DIR } from '../../seed/writer/seed-transaction';
import type { GraphStore } from '../../server/store/graph-store';

import { copySeed, describeForEachWritableStore, startCurationApi, type CurationApi } from './support/curation-api';
import { DELETE, newSourceInput, SAVE, UPDATE_CLAIM } from './support/curation-operations';

jest.setTimeout(120_000);

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** applyCuration runs its removals, then fails inside the same transaction (a fact edge between unknown entities). */
function failingMidTransaction(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'applyCuration') return Reflect.get(target, property, receiver);
      const apply: GraphStore['applyCuration'] = ({ batch, remove }) =>
        target.applyCuration({
          batch: {
            ...batch,
            factEdges: [
              ...batch.factEdges,
              aFactEdge({
                type: 'DEVELOPED',
                from: 'ghost-a',
                to: 'ghost-b',
                claimIds: ['sensenova-5-5-key-enhancements'],
              }),
            ],
          },
          remove,
        });
      return apply;
    },
  });
}

describeForEachWritableStore('curation: the store fails in the middle of a write', (kind) => {
  let api: CurationApi;
  beforeAll(async () => {
    api = await startCurationApi({ kind, seedDir: await copySeed(), wrapStore: failingMidTransaction });
  }, 300_000);
  afterAll(() => api?.stop());

  it('deleteSource: a clear error, the folder is back, the store still answers with the source', async () => {
    const folder = path.join(api.seedDir, 'sources/ai-race-article');
    const before = await readFile(path.join(folder, 'claims.yaml'), 'utf8');
    const query = '{ source(id: "ai-race-article") { id claimCount version } stats { nodes { type count } } }';
    const storeBefore = (await api.gql({ query })).data;
    const res = await api.gql({ query: DELETE, variables: { id: 'ai-race-article' } });
    expect(res.errors?.[0]?.message).toBeTruthy();
    expect(await readFile(path.join(folder, 'claims.yaml'), 'utf8')).toBe(before);
    const storeAfter = (await api.gql({ query })).data;
    expect(storeAfter).toEqual(storeBefore);
    expect(storeAfter.source).toMatchObject({ id: 'ai-race-article', version: 1, claimCount: 42 });
    expect(await readdir(path.join(api.seedDir, CURATION_DIR))).toEqual([]);
  });

  it('updateClaim and saveSource: nothing changes anywhere', async () => {
    const update = await api.gql({
      query: UPDATE_CLAIM,
      variables: { id: 'sensenova-5-5-key-enhancements', patch: { summary: 'Never saved.' } },
    });
    expect(update.errors).toBeDefined();
    const claim = await api.gql({ query: '{ claim(id: "sensenova-5-5-key-enhancements") { summary } }' });
    expect(claim.data.claim.summary).not.toBe('Never saved.');
    const save = await api.gql({ query: SAVE, variables: { input: newSourceInput() } });
    expect(save.errors).toBeDefined();
    expect(await exists(path.join(api.seedDir, 'sources/desert-news'))).toBe(false);
    expect((await api.gql({ query: '{ source(id: "desert-news") { id } }' })).data.source).toBeNull();
  });
});

describe('curation: the process is killed during a folder write', () => {
  it('recovery completes a committed transaction: every folder is wholly new', async () => {
    const seedDir = await copySeed();
    const folder = (await readFolderDocuments({ seedDir, id: 'ai-race-article' }))!;
    const plain = plainOf(folder);
    const next = folderFromPlain({ ...plain, source: { ...plain.source, title: 'Renamed' } });
    const staged = await stageSeedChanges({ seedDir, changes: [{ id: 'ai-race-article', next }] });
    if (!staged.ok) throw new Error('staging failed');
    // "Crash" right after the live folder was moved out, before the new one was moved in.
    await expect(
      staged.commit(({ what }) => {
        if (what === 'old-out') throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(await exists(path.join(seedDir, 'sources/ai-race-article'))).toBe(false);
    expect(await recoverSeedTransactions({ seedDir })).toEqual([
      expect.stringMatching(/^completed .*ai-race-article$/),
    ]);
    expect(await readFile(path.join(seedDir, 'sources/ai-race-article/source.yaml'), 'utf8')).toContain(
      'title: Renamed',
    );
    expect(await readFile(path.join(seedDir, 'sources/ai-race-article/text.txt'), 'utf8')).toBe(plain.text);
    expect(await readdir(path.join(seedDir, CURATION_DIR))).toEqual([]);
  });

  it('recovery drops a transaction that never committed: the folder is wholly old', async () => {
    const seedDir = await copySeed();
    const before = await readFile(path.join(seedDir, 'sources/ai-race-article/source.yaml'), 'utf8');
    const folder = (await readFolderDocuments({ seedDir, id: 'ai-race-article' }))!;
    folder.source.set('title', 'Never committed');
    const staged = await stageSeedChanges({ seedDir, changes: [{ id: 'ai-race-article', next: folder }] });
    expect(staged.ok).toBe(true);
    expect(await recoverSeedTransactions({ seedDir })).toEqual([expect.stringMatching(/^dropped uncommitted/)]);
    expect(await readFile(path.join(seedDir, 'sources/ai-race-article/source.yaml'), 'utf8')).toBe(before);
  });

  it('a committed write that the store refused is rolled back to the old folder', async () => {
    const seedDir = await copySeed();
    const before = await readFile(path.join(seedDir, 'sources/ai-race-article/source.yaml'), 'utf8');
    const folder = (await readFolderDocuments({ seedDir, id: 'ai-race-article' }))!;
    folder.source.set('title', 'Rolled back');
    const staged = await stageSeedChanges({ seedDir, changes: [{ id: 'ai-race-article', next: folder }] });
    if (!staged.ok) throw new Error('staging failed');
    const committed = await staged.commit();
    expect(await readFile(path.join(seedDir, 'sources/ai-race-article/source.yaml'), 'utf8')).toContain('Rolled back');
    await committed.rollback();
    expect(await readFile(path.join(seedDir, 'sources/ai-race-article/source.yaml'), 'utf8')).toBe(before);
  });
});
