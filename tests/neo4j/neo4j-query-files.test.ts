/**
 * The few places where Cypher text must mirror TypeScript constants (labels and hop bounds cannot be
 * parameters), and the query files the adapter names. No database needed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../../domain/vocabulary';
import { CYPHER_DIR, PROJECT_ROOT } from '../../server/project-root';
import { schemaStatementsOf } from '../../server/store/neo4j/apply-neo4j-schema';
import { loadQuery, loadQueryForType } from '../../server/store/neo4j/neo4j-executor';
import { CYPHER_MAX_HOPS } from '../../server/queries/shortest-paths/neo4j';
import { LIMITS } from '../../domain/limits';

const typesListedIn = (name: string) => [...loadQuery({ name }).matchAll(/\{type: '([A-Za-z_]+)'/g)].map((m) => m[1]);

describe('Cypher files that mirror TypeScript constants', () => {
  it('count-nodes-by-label counts exactly the node types of the vocabulary, in order, each by its own label', () => {
    expect(typesListedIn('count-nodes-by-label')).toEqual([...NODE_TYPES]);
    for (const type of NODE_TYPES)
      expect(loadQuery({ name: 'count-nodes-by-label' })).toContain(`{type: '${type}', count: COUNT { (:${type}) }}`);
  });

  it('count-relationships-by-type counts exactly the relationship types of the vocabulary, in order', () => {
    expect(typesListedIn('count-relationships-by-type')).toEqual([...RELATIONSHIP_TYPES]);
    for (const type of RELATIONSHIP_TYPES) {
      expect(loadQuery({ name: 'count-relationships-by-type' })).toContain(
        `{type: '${type}', count: COUNT { ()-[:${type}]->() }}`,
      );
    }
  });

  it('find-all-shortest-paths is bounded by LIMITS.MAX_HOPS', () => {
    expect(CYPHER_MAX_HOPS).toBe(LIMITS.MAX_HOPS);
    expect(loadQuery({ name: 'find-all-shortest-paths' })).toContain(`[*..${LIMITS.MAX_HOPS}]`);
  });
});

describe('query files', () => {
  it('the five claim queries apply the very same filters', () => {
    const filtersOf = (name: string) =>
      loadQuery({ name })
        .split('\n')
        .map((line) => line.replace(/^\s*(WHERE|AND)\s+/, '').trim())
        .filter((line) => /^\(\$[a-zA-Z]+ IS NULL OR /.test(line) || line.startsWith('all(word IN $words'));
    const reference = filtersOf('find-claims');
    expect(reference).toHaveLength(8);
    for (const name of ['count-claims', 'page-claims-of-entity', 'find-claims-by-words', 'count-claims-by-words'])
      expect(filtersOf(name)).toEqual(reference);
  });

  it('every query the adapter names exists (and nothing else is loaded by a name)', () => {
    // The shared adapter files (writes, schema) and each query's own server/queries/<query>/neo4j.ts.
    const adapterDir = path.join(PROJECT_ROOT, 'server', 'store', 'neo4j');
    const queriesDir = path.join(PROJECT_ROOT, 'server', 'queries');
    const files = [
      ...readdirSync(adapterDir).map((file) => path.join(adapterDir, file)),
      ...readdirSync(queriesDir)
        .map((query) => path.join(queriesDir, query, 'neo4j.ts'))
        .filter((file) => existsSync(file)),
    ];
    const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    // db.read({ name: ... }), run({ name: ... }) and writeAll({ run, name: ... }) are the only ways to run a named query.
    const named = [...source.matchAll(/(?:read\(\{|run\(\{|\{ run,) name: '([a-z0-9-]+)'/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(15);
    for (const name of named) expect(() => loadQuery({ name })).not.toThrow();
  });

  it('puts only vocabulary relationship types into query text, and only where a query asks for one', () => {
    expect(loadQueryForType({ name: 'write-fact-edges', relationshipType: 'DEVELOPED' })).toContain(
      'MERGE (a)-[r:DEVELOPED {id: row.id}]->(b)',
    );
    expect(loadQueryForType({ name: 'write-fact-edges', relationshipType: 'DEVELOPED' })).not.toContain('{{');
    expect(() =>
      loadQueryForType({ name: 'write-fact-edges', relationshipType: 'DEVELOPED]->() DETACH DELETE a //' }),
    ).toThrow(/not a relationship type of the vocabulary/);
    expect(() => loadQueryForType({ name: 'get-source', relationshipType: 'DEVELOPED' })).toThrow(
      /no \{\{RELATIONSHIP_TYPE\}\}/,
    );
  });

  it('only loads kebab-case names from cypher/', () => {
    expect(() => loadQuery({ name: '../package' })).toThrow(/invalid query name/);
    expect(() => loadQuery({ name: 'Get_Things' })).toThrow(/invalid query name/);
  });

  it('reads every schema statement with IF NOT EXISTS, comments dropped', () => {
    const schemaDir = path.join(CYPHER_DIR, 'schema');
    const statements = readdirSync(schemaDir).flatMap((file) =>
      schemaStatementsOf({ text: readFileSync(path.join(schemaDir, file), 'utf8') }),
    );
    expect(statements.length).toBeGreaterThanOrEqual(9);
    for (const statement of statements) {
      expect(statement).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) [a-z_]+ IF NOT EXISTS/);
      expect(statement).not.toContain('//');
    }
  });

  it('splits a schema file on semicolons at line ends only', () => {
    expect(schemaStatementsOf({ text: "// why\nCREATE A;\nCREATE B\n  OPTIONS {x: ';'};\n" })).toEqual([
      'CREATE A',
      "CREATE B\n  OPTIONS {x: ';'}",
    ]);
  });
});
