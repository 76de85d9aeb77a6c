import { checkBatch, idsToLookUp, type StoredReferences } from '../../server/store/check-batch';
import { InvalidArgumentError } from '../../server/errors/api-errors';
import { aBatch, aClaim, aCompany, aFactEdge, aMention, aModel, aSource } from '../support/builders';

const source = aSource({ id: 'src', text: 'Acme built Widget. Widget is fast.' });
const acme = aCompany({ id: 'acme', name: 'Acme', mentions: [aMention({ source, quote: 'Acme' })] });
const widget = aModel({
  id: 'widget',
  name: 'Widget',
  mentions: [aMention({ source, quote: 'Widget', occurrence: 1 })],
});
const built = aClaim({ id: 'built', source, quote: 'Acme built Widget', speakerId: 'acme', subjectIds: ['widget'] });
const fast = aClaim({
  id: 'fast',
  source,
  quote: 'Widget is fast',
  speakerId: 'acme',
  subjectIds: ['widget'],
  supportsIds: ['built'],
});
const good = aBatch({
  sources: [source],
  entities: [acme, widget],
  claims: [built, fast],
  factEdges: [aFactEdge({ claimIds: ['built'] })],
});
const nothingStored: StoredReferences = { nodeTypes: new Map(), sourceTexts: new Map(), topicIds: new Set() };

const problemWith = (batch: unknown, stored = nothingStored): string | null => {
  try {
    checkBatch({ batch: batch as never, stored });
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as Error).message;
  }
};

describe('checkBatch', () => {
  it('accepts a self-consistent batch, and one that refers to stored records', () => {
    expect(problemWith(good)).toBeNull();
    const stored: StoredReferences = {
      nodeTypes: new Map([
        ['acme', 'Company'],
        ['widget', 'Model'],
        ['src', 'Source'],
      ]),
      sourceTexts: new Map([['src', source.text]]),
      topicIds: new Set(),
    };
    expect(problemWith(aBatch({ claims: [built] }), stored)).toBeNull();
  });

  it('names the record and the problem', () => {
    expect(
      problemWith({
        ...good,
        entities: [acme, { ...widget, mentions: [{ ...widget.mentions[0], start: 0, end: 6 }] }],
      }),
    ).toBe('batch: entities[1].mentions[0]: quote is not the text of source "src" at 0..6');
    expect(problemWith({ ...good, claims: [built, { ...fast, supportsIds: ['gone'] }] })).toBe(
      'batch: claims[1] ("fast"): claim "gone" is not in the batch or the store',
    );
    expect(problemWith({ ...good, claims: [built, { ...fast, topicId: 'nope' }] })).toMatch(/topic "nope"/);
    expect(problemWith({ ...good, claims: [built, { ...fast, quote: 'other' }] })).toMatch(
      /quote differs from span.quote/,
    );
    expect(problemWith({ ...good, entities: [acme, acme, widget] })).toMatch(
      /^batch: entities\[1\]: id "acme" is already used by a Company/,
    );
    expect(
      problemWith({ ...good, factEdges: [aFactEdge({ claimIds: ['built'] }), aFactEdge({ claimIds: ['fast'] })] }),
    ).toMatch(/appears twice/);
    expect(problemWith({ ...good, factEdges: [aFactEdge({ from: 'built', claimIds: ['built'] })] })).toMatch(
      /entity "built"/,
    );
    expect(problemWith({ ...good, entities: [{ ...acme, name: '' }, widget] })).toMatch(
      /^batch: entities\[0\]\.name: /,
    );
    expect(problemWith(null)).toMatch(/^batch: must be an object/);
  });

  it('rejects an id stored as another kind of node', () => {
    const stored: StoredReferences = { ...nothingStored, nodeTypes: new Map([['widget', 'Claim']]) };
    expect(problemWith(good, stored)).toBe('batch: entities[1]: id "widget" is already a Claim in the store');
  });

  it('lists what must be looked up in the store', () => {
    expect(idsToLookUp({ batch: good })).toEqual({
      nodeIds: ['acme', 'built', 'fast', 'src', 'widget'],
      sourceIds: ['src'],
      topicIds: [],
    });
  });
});
