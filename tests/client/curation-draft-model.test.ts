/** The review screen's pure edits (client/src/curation/draft-model.ts). */
import {
  addClaim,
  addEntity,
  decidedDraft,
  mergeIntoExisting,
  problemsOf,
  setSpeaker,
  toSourceInput,
  type Draft,
} from '../../client/src/curation/draft-model';

const TEXT = 'Acme Labs unveiled Roadrunner. Critics doubt it. Acme Labs says Roadrunner is fast.';
const draft = (): Draft => ({
  source: {
    id: 'news',
    title: 'News',
    publisher: null,
    url: null,
    publishedAt: null,
    author: 'ann',
    notes: null,
    version: null,
  },
  text: TEXT,
  entities: [
    { id: 'ann', type: 'Person', name: 'Ann', aliases: [], description: '', mentions: [] },
    {
      id: 'acme-labs',
      type: 'Company',
      name: 'Acme Labs',
      aliases: [],
      description: '',
      mentions: [{ quote: 'Acme Labs', start: 0, end: 9, occurrence: null }],
    },
    {
      id: 'roadrunner',
      type: 'Model',
      name: 'Roadrunner',
      aliases: [],
      description: '',
      mentions: [{ quote: 'Roadrunner', start: 19, end: 29, occurrence: null }],
    },
  ],
  claims: [
    {
      id: 'c1',
      speaker: 'ann',
      about: ['acme-labs'],
      quote: 'Acme Labs says Roadrunner is fast.',
      start: 49,
      end: 83,
      occurrence: null,
      summary: 's',
      kind: 'AUTHOR_ASSERTION',
      date: null,
      topic: null,
      stance: null,
      figures: [],
      supports: [],
      contradicts: [],
      review: 'PROPOSED',
    },
  ],
  relationships: [{ type: 'DEVELOPED', from: 'acme-labs', to: 'roadrunner', role: null, claims: ['c1'] }],
});

describe('curation draft edits', () => {
  it('a new speaker makes an author assertion a reported statement; problems name what blocks saving', () => {
    const d = setSpeaker({ draft: draft(), id: 'c1', speaker: 'acme-labs' });
    expect(d.claims[0]).toMatchObject({ speaker: 'acme-labs', kind: 'REPORTED_STATEMENT' });
    expect(problemsOf({ draft: d })).toEqual([]);
    const wrong = { ...d, claims: [{ ...d.claims[0], kind: 'AUTHOR_ASSERTION' as const, about: [] }] };
    expect(problemsOf({ draft: wrong })).toHaveLength(2);
  });

  it('a new entity needs its name in the text and gets its first mention', () => {
    expect(addEntity({ draft: draft(), name: 'Nobody', type: 'Person' })).toMatchObject({ ok: false });
    const added = addEntity({ draft: draft(), name: 'Critics', type: 'Organization' });
    expect(added.ok && added.draft.entities.at(-1)).toMatchObject({
      id: 'critics',
      mentions: [{ quote: 'Critics', start: 31, end: 38 }],
    });
  });

  it('a missed claim covers the trimmed selection, by the author, accepted', () => {
    const added = addClaim({ draft: draft(), start: 30, end: 49 });
    expect(added.ok && added.draft.claims.at(-1)).toMatchObject({
      quote: 'Critics doubt it.',
      start: 31,
      end: 48,
      speaker: 'ann',
      review: 'ACCEPTED',
      kind: 'AUTHOR_ASSERTION',
    });
    expect(addClaim({ draft: draft(), start: 30, end: 31 })).toMatchObject({ ok: false });
  });

  it('merging moves every reference and keeps the mentions under the existing id and name', () => {
    const d = mergeIntoExisting({
      draft: draft(),
      from: 'acme-labs',
      into: { id: 'acme', name: 'Acme', type: 'Company' },
    });
    expect(d.entities.find((e) => e.id === 'acme')).toMatchObject({
      name: 'Acme',
      aliases: ['Acme Labs'],
      mentions: [{ quote: 'Acme Labs' }],
    });
    expect(d.entities.some((e) => e.id === 'acme-labs')).toBe(false);
    expect(d.claims[0].about).toEqual(['acme']);
    expect(d.relationships[0].from).toBe('acme');
  });

  it('rejected claims leave with their relationships; accepted ones are marked; the input has no extra fields', () => {
    expect(decidedDraft({ draft: draft(), decisions: new Map([['c1', 'reject']]) })).toMatchObject({
      claims: [],
      relationships: [],
    });
    const accepted = decidedDraft({ draft: draft(), decisions: new Map([['c1', 'accept']]) });
    expect(accepted.claims[0].review).toBe('ACCEPTED');
    const withTypename = {
      ...draft(),
      __typename: 'SourceDraft',
      source: { ...draft().source, __typename: 'SourceMeta' },
    } as Draft;
    expect(JSON.stringify(toSourceInput({ draft: withTypename }))).not.toContain('__typename');
  });
});
