import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { cleanupSeedCopies, copyValidSeed, DESERT, VALID_SEED_DIR, writeSeedFile } from './seed-fixture';

afterAll(cleanupSeedCopies);

async function validBatch(seedDir = VALID_SEED_DIR) {
  const result = await loadSeedDirectory({ seedDir });
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors, null, 2)}`);
  return result.batch;
}

describe('loadSeedDirectory on a valid seed', () => {
  it('builds one batch with every record, each list sorted by id', async () => {
    const batch = await validBatch();
    expect(batch.sources.map((s) => s.id)).toEqual(['desert-news']);
    expect(batch.topics.map((t) => t.id)).toEqual(['rival-models']);
    expect(batch.entities.map((e) => e.id)).toEqual([
      'acme-corp',
      'desert-news-desk',
      'mesa-institute',
      'roadrunner-2',
      'wile-coyote',
    ]);
    expect(batch.claims.map((c) => c.id)).toEqual([
      'acme-released-roadrunner-2',
      'coyote-is-acme-ceo',
      'coyote-says-roadrunner-2-beats-rivals',
      'mesa-says-roadrunner-2-trails',
    ]);
    expect(batch.factEdges.map((f) => f.id)).toEqual([
      'acme-corp--DEVELOPED--roadrunner-2',
      'wile-coyote--LEADS--acme-corp',
      'wile-coyote--WORKS_AT--acme-corp',
    ]);
  });

  it('keeps text.txt byte for byte and the source metadata', async () => {
    const batch = await validBatch();
    const raw = await readFile(path.join(VALID_SEED_DIR, DESERT, 'text.txt'));
    const source = batch.sources[0]!;
    expect(Buffer.from(source.text, 'utf8').equals(raw)).toBe(true);
    expect(source).toMatchObject({
      title: 'Acme ships RoadRunner 2',
      publisher: 'Desert News',
      publishedAt: '2024-07-10',
      authorId: 'desert-news-desk',
    });
  });

  it('computes omitted offsets in UTF-16 code units, so text.slice(start, end) is the quote', async () => {
    const batch = await validBatch();
    const text = batch.sources[0]!.text;
    for (const claim of batch.claims) {
      expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.quote);
      expect(claim.span).toMatchObject({ sourceId: 'desert-news', quote: claim.quote });
    }
    // The rocket emoji before "released" is two code units: a code-point count would be off by one.
    const mention = batch.entities.find((e) => e.id === 'roadrunner-2')!.mentions[0]!;
    expect(mention).toEqual({ sourceId: 'desert-news', start: 22, end: 44, quote: 'RoadRunner 2 in Tucson' });
  });

  it('uses occurrence to pick among repeated mentions', async () => {
    const batch = await validBatch();
    const acme = batch.entities.find((e) => e.id === 'acme-corp')!;
    expect(acme.mentions.map((m) => [m.start, m.end])).toEqual([
      [0, 9],
      [76, 85],
    ]);
  });

  it('links claims to the fact edges they assert and maps every claim field', async () => {
    const batch = await validBatch();
    const ceo = batch.claims.find((c) => c.id === 'coyote-is-acme-ceo')!;
    expect(ceo.assertsEdgeIds).toEqual(['wile-coyote--LEADS--acme-corp', 'wile-coyote--WORKS_AT--acme-corp']);
    expect(ceo).toMatchObject({
      speakerId: 'desert-news-desk',
      subjectIds: ['wile-coyote', 'acme-corp'],
      kind: 'AUTHOR_ASSERTION',
    });
    const mesa = batch.claims.find((c) => c.id === 'mesa-says-roadrunner-2-trails')!;
    expect(mesa).toMatchObject({
      topicId: 'rival-models',
      stance: 'behind',
      contradictsIds: ['coyote-says-roadrunner-2-beats-rivals'],
      supportsIds: [],
      figures: [],
      date: null,
      assertsEdgeIds: [],
    });
    const released = batch.claims.find((c) => c.id === 'acme-released-roadrunner-2')!;
    expect(released.date).toEqual({
      text: 'July 9',
      iso: '2024-07-09',
      precision: 'DAY',
      basis: 'INFERRED_FROM_PUBLICATION',
    });
    const leads = batch.factEdges.find((f) => f.type === 'LEADS')!;
    expect(leads).toEqual({
      id: 'wile-coyote--LEADS--acme-corp',
      type: 'LEADS',
      from: 'wile-coyote',
      to: 'acme-corp',
      role: 'CEO',
      claimIds: ['coyote-is-acme-ceo'],
    });
  });

  it('treats missing topics.yaml and missing optional source files as empty lists', async () => {
    const dir = await copyValidSeed();
    await rm(path.join(dir, 'topics.yaml'));
    await writeSeedFile({ dir, file: 'sources/bare/source.yaml', content: 'id: bare\ntitle: A bare source\n' });
    await writeSeedFile({ dir, file: 'sources/bare/text.txt', content: 'Nothing to see.' });
    // Without topics.yaml the fixture's stances have no topic to belong to.
    for (const file of [`${DESERT}/claims.yaml`]) {
      const text = await readFile(path.join(dir, file), 'utf8');
      await writeSeedFile({ dir, file, content: text.replace(/\n {2}(topic|stance): .*/g, '') });
    }
    const batch = await validBatch(dir);
    expect(batch.topics).toEqual([]);
    expect(batch.sources.map((s) => s.id)).toEqual(['bare', 'desert-news']);
    expect(batch.sources[0]).toMatchObject({
      publisher: null,
      url: null,
      publishedAt: null,
      authorId: null,
      text: 'Nothing to see.',
    });
  });

  it('is deterministic: loading twice gives equal batches', async () => {
    expect(await validBatch()).toEqual(await validBatch());
  });
});
