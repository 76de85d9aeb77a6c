/** Embedded-store behaviour too big or too timing-dependent for the shared contract fixture. */
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import { LIMITS } from '../../domain/limits';
import { StoreUnavailableError } from '../../server/errors/api-errors';
import { aBatch, aClaim, aCompany, aSource } from '../support/builders';
import { parseIdBatch } from '../../server/queries/argument-schemas';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { parseSearchArgs } from '../../server/queries/search/arguments';

describe('embedded store bounds', () => {
  it(`reports omittedNodes exactly up to COUNT_CAP (${LIMITS.COUNT_CAP}) and then caps it`, async () => {
    const store = createEmbeddedStore();
    const source = aSource({ id: 'src', text: 'Everyone was there.' });
    const people = Array.from({ length: LIMITS.COUNT_CAP + 100 }, (_, i) =>
      aCompany({ id: `c-${i}`, name: `Company ${i}` }),
    );
    const claim = aClaim({
      id: 'all',
      source,
      quote: 'Everyone was there',
      speakerId: 'c-0',
      subjectIds: people.map((p) => p.id),
    });
    await store.writeBatch({ batch: aBatch({ sources: [source], entities: people, claims: [claim] }) });

    const capped = await store.neighbourhood(parseNeighbourhoodArgs({ ids: ['all'], depth: 1, limit: 10 }));
    expect(capped.nodes).toHaveLength(10);
    expect(capped.truncated).toBe(true);
    expect(capped.omittedNodes).toBe(LIMITS.COUNT_CAP);

    const exact = await store.neighbourhood(parseNeighbourhoodArgs({ ids: ['all'], depth: 1, limit: 500 }));
    expect(exact.omittedNodes).toBe(LIMITS.COUNT_CAP + 100 + 1 - 500);
  });

  it('applies concurrent writes one after the other, losing none', async () => {
    const store = createEmbeddedStore();
    await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        store.writeBatch({ batch: aBatch({ entities: [aCompany({ id, name: id.toUpperCase() })] }) }),
      ),
    );
    expect((await store.getEntities(parseIdBatch({ ids: ['a', 'b', 'c'] }))).map((e) => e?.name)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('keeps no reference to the caller’s batch objects', async () => {
    const store = createEmbeddedStore();
    const entity = aCompany({ id: 'a', name: 'A', aliases: ['Alpha'] });
    await store.writeBatch({ batch: aBatch({ entities: [entity] }) });
    entity.aliases.push('Changed');
    expect((await store.getEntities(parseIdBatch({ ids: ['a'] })))[0]!.aliases).toEqual(['Alpha']);
  });

  it('fails like an unreachable store once closed', async () => {
    const store = createEmbeddedStore();
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.search(parseSearchArgs({ text: 'a' }))).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
