/**
 * The neighbourhood's node cap rose to what the explorer can show (LIMITS.MAX_NODES); its cost must
 * follow the `limit` asked for, the heaviest form must stay refused, and the argument schema, the cost
 * table and the SDL must state the same bounds.
 */
import { parse, TypeInfo, ValidationContext } from 'graphql';
import { LIMITS } from '../../domain/limits';
import { OPERATION_LIMITS } from '../../server/graphql/create-apollo-server';
import { listBoundOf } from '../../server/graphql/limits/list-bounds';
import { operationCosts } from '../../server/graphql/limits/operation-cost';
import { loadSchemaDocument } from '../../server/graphql/schema';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';

const schema = loadSchemaDocument();
const costOf = (text: string) => {
  const context = new ValidationContext(schema, parse(text), new TypeInfo(schema), () => undefined);
  return [...operationCosts({ context }).values()][0]!;
};
const subgraph = (limit: string, edgeFields = 'id type from to role reviewed claimIds') =>
  `query N($ids: [ID!]!, $limit: Int) { neighbourhood(ids: $ids${limit}) { nodes { id type label reviewed } edges { ${edgeFields} } truncated omittedNodes } }`;

describe('neighbourhood node cap', () => {
  it('accepts a limit up to MAX_NODES (2000) and keeps the default at DEFAULT_NODES', () => {
    expect(LIMITS.MAX_NODES).toBeGreaterThanOrEqual(2000);
    expect(parseNeighbourhoodArgs({ ids: ['a'], limit: LIMITS.MAX_NODES }).limit).toBe(LIMITS.MAX_NODES);
    expect(parseNeighbourhoodArgs({ ids: ['a'] }).limit).toBe(LIMITS.DEFAULT_NODES);
    expect(LIMITS.DEFAULT_NODES).toBe(150);
  });

  it('sizes Subgraph.nodes in the cost table by the same range as neighbourhood(limit)', () => {
    expect(listBoundOf({ typeName: 'Subgraph', fieldName: 'nodes', isEntity: false })).toEqual({
      kind: 'argument',
      argument: 'limit',
      max: LIMITS.MAX_NODES,
      fallback: LIMITS.DEFAULT_NODES,
      ofParent: true,
    });
    expect(listBoundOf({ typeName: 'Subgraph', fieldName: 'edges', isEntity: false })).toEqual({
      kind: 'cap',
      max: LIMITS.MAX_SUBGRAPH_EDGES,
      enforce: true,
    });
  });

  it('costs what the limit allows: a literal small limit less than the default, a variable as the maximum', () => {
    const small = costOf(subgraph(', limit: 10'));
    const byDefault = costOf(subgraph(''));
    const variable = costOf(subgraph(', limit: $limit'));
    expect(small).toBeLessThan(byDefault);
    expect(byDefault).toBeLessThan(variable);
    expect(variable).toBe(costOf(subgraph(`, limit: ${LIMITS.MAX_NODES}`)));
  });

  it('keeps the UI-shaped query at the maximum within the cost limit and refuses the heaviest form', () => {
    expect(costOf(subgraph(', limit: $limit'))).toBeLessThanOrEqual(OPERATION_LIMITS.MAX_COST);
    // Every edge's claims on top: 4000 edges x 50 claims is over the limit, refused before it runs.
    const heaviest = subgraph(', limit: $limit', 'id type label from to role reviewed claimIds claims { id }');
    expect(costOf(heaviest)).toBeGreaterThan(OPERATION_LIMITS.MAX_COST);
  });
});
