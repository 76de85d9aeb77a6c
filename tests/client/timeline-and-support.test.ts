/** The pure parts of the timeline filter and the edge drawing by support. */
import { outOfPeriodIds, type PlacedClaim } from '../../client/src/weighing/period-filter';
import { idsBySupportClass, supportClassOf } from '../../client/src/weighing/support-class';
import type { ClientEdge, ClientNode } from '../../client/src/state/graph-model';

const node = (id: string, type: ClientNode['type'] = 'Person'): ClientNode => ({ id, type, label: id });
const edge = (from: string, type: string, to: string, claimIds: string[]): ClientEdge => ({
  id: `${from}--${type}--${to}`,
  type,
  from,
  to,
  role: null,
  claimIds,
});
const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe('outOfPeriodIds', () => {
  // author -SAID-> c2030 -ABOUT-> china;  un -SAID-> c2014 -ABOUT-> china;  acme -DEVELOPED-> widget (asserted by c2014)
  const nodes = byId([
    node('author'),
    node('un', 'Organization'),
    node('china', 'Place'),
    node('acme', 'Company'),
    node('widget', 'Model'),
    node('c2030', 'Claim'),
    node('c2014', 'Claim'),
    node('lonely', 'Company'),
  ]);
  const edges = byId([
    edge('author', 'SAID', 'c2030', ['c2030']),
    edge('c2030', 'ABOUT', 'china', ['c2030']),
    edge('un', 'SAID', 'c2014', ['c2014']),
    edge('c2014', 'ABOUT', 'china', ['c2014']),
    edge('acme', 'DEVELOPED', 'widget', ['c2014']),
  ]);
  const placed: PlacedClaim[] = [
    { at: '2030', claimId: 'c2030', entityIds: ['author', 'china'] },
    { at: '2014', claimId: 'c2014', entityIds: ['un', 'china'] },
  ];

  it('hides nothing without a period', () => {
    expect(outOfPeriodIds({ nodes, edges, placed, period: null }).size).toBe(0);
  });

  it('keeps the claims of the period, their edges (derived SAID_ABOUT included) and the entities they touch', () => {
    const out = outOfPeriodIds({ nodes, edges, placed, period: { from: '2030', to: '2030' } });
    expect([...out].sort()).toEqual(
      [
        'acme',
        'acme--DEVELOPED--widget',
        'c2014',
        'c2014--ABOUT--china',
        'lonely',
        'un',
        'un--SAID--c2014',
        'un--SAID_ABOUT--china',
        'widget',
      ].sort(),
    );
  });

  it('keeps fact edges asserted in the period and their ends; a range spans both years', () => {
    expect(outOfPeriodIds({ nodes, edges, placed, period: { from: '2014', to: '2014' } })).toContain('author');
    expect(outOfPeriodIds({ nodes, edges, placed, period: { from: '2014', to: '2014' } })).not.toContain('widget');
    expect([...outOfPeriodIds({ nodes, edges, placed, period: { from: '2014', to: '2030' } })]).toEqual(['lonely']);
  });
});

describe('supportClassOf', () => {
  it('dashes self-interested-only edges, thickens corroborated ones, leaves single independent ones plain', () => {
    expect(supportClassOf({ support: { independentSpeakers: 0, selfInterestedOnly: true } })).toBe('support-self-only');
    expect(supportClassOf({ support: { independentSpeakers: 2, selfInterestedOnly: false } })).toBe(
      'support-corroborated',
    );
    expect(supportClassOf({ support: { independentSpeakers: 1, selfInterestedOnly: false } })).toBeNull();
    expect(supportClassOf({ support: null })).toBeNull();
    const sets = idsBySupportClass({
      edges: [
        { id: 'a', support: { independentSpeakers: 0, selfInterestedOnly: true } },
        null,
        { id: 'b', support: null },
      ],
    });
    expect([...sets['support-self-only']]).toEqual(['a']);
    expect(sets['support-corroborated'].size).toBe(0);
  });
});
