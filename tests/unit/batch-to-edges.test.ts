import { claimEdgesOf, claimEdgesOfClaims } from '../../server/store/batch-to-edges';
import { aClaim, aSource } from '../support/builders';

describe('claim edges derived from claims', () => {
  const source = aSource({ id: 'src', text: 'Acme said Widget is fast. Bob agreed.' });

  it('derives SAID, ABOUT, STATED_IN, SUPPORTS and CONTRADICTS edges with stable ids, sorted by id', () => {
    const claim = aClaim({
      id: 'c1',
      source,
      quote: 'Widget is fast',
      speakerId: 'acme',
      subjectIds: ['widget', 'acme', 'widget'],
      supportsIds: ['c2'],
      contradictsIds: ['c3'],
    });
    expect(claimEdgesOf({ claim })).toEqual([
      { id: 'acme--SAID--c1', type: 'SAID', from: 'acme', to: 'c1', role: null, claimIds: ['c1'] },
      { id: 'c1--ABOUT--acme', type: 'ABOUT', from: 'c1', to: 'acme', role: null, claimIds: ['c1'] },
      { id: 'c1--ABOUT--widget', type: 'ABOUT', from: 'c1', to: 'widget', role: null, claimIds: ['c1'] },
      { id: 'c1--CONTRADICTS--c3', type: 'CONTRADICTS', from: 'c1', to: 'c3', role: null, claimIds: ['c1'] },
      { id: 'c1--STATED_IN--src', type: 'STATED_IN', from: 'c1', to: 'src', role: null, claimIds: ['c1'] },
      { id: 'c1--SUPPORTS--c2', type: 'SUPPORTS', from: 'c1', to: 'c2', role: null, claimIds: ['c1'] },
    ]);
  });

  it('merges the edges of many claims', () => {
    const a = aClaim({ id: 'a', source, quote: 'Widget is fast' });
    const b = aClaim({ id: 'b', source, quote: 'Bob agreed', speakerId: 'bob' });
    expect(claimEdgesOfClaims({ claims: [b, a] }).map((e) => e.id)).toEqual([
      'a--ABOUT--widget',
      'a--STATED_IN--src',
      'acme--SAID--a',
      'b--ABOUT--widget',
      'b--STATED_IN--src',
      'bob--SAID--b',
    ]);
  });
});
