// Relationship count per type, read from Neo4j's count store (no scan). One line per type of
// RELATIONSHIP_TYPES in server/domain/vocabulary.ts: types cannot be parameters here, so the list is written
// out and a unit test (tests/neo4j/stats-query-covers-vocabulary.test.ts) fails when they differ.
RETURN [
  {type: 'DEVELOPED', count: COUNT { ()-[:DEVELOPED]->() }},
  {type: 'RELEASED_AT', count: COUNT { ()-[:RELEASED_AT]->() }},
  {type: 'DERIVED_FROM', count: COUNT { ()-[:DERIVED_FROM]->() }},
  {type: 'SUCCEEDS', count: COUNT { ()-[:SUCCEEDS]->() }},
  {type: 'VARIANT_OF', count: COUNT { ()-[:VARIANT_OF]->() }},
  {type: 'OUTPERFORMS', count: COUNT { ()-[:OUTPERFORMS]->() }},
  {type: 'ON_PAR_WITH', count: COUNT { ()-[:ON_PAR_WITH]->() }},
  {type: 'COMPARED_WITH', count: COUNT { ()-[:COMPARED_WITH]->() }},
  {type: 'FOUNDED', count: COUNT { ()-[:FOUNDED]->() }},
  {type: 'LEADS', count: COUNT { ()-[:LEADS]->() }},
  {type: 'WORKS_AT', count: COUNT { ()-[:WORKS_AT]->() }},
  {type: 'BASED_IN', count: COUNT { ()-[:BASED_IN]->() }},
  {type: 'LOCATED_IN', count: COUNT { ()-[:LOCATED_IN]->() }},
  {type: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }},
  {type: 'REGULATES', count: COUNT { ()-[:REGULATES]->() }},
  {type: 'APPROVED', count: COUNT { ()-[:APPROVED]->() }},
  {type: 'RESTRICTS_ACCESS', count: COUNT { ()-[:RESTRICTS_ACCESS]->() }},
  {type: 'RANKED_ON', count: COUNT { ()-[:RANKED_ON]->() }},
  {type: 'HOSTED', count: COUNT { ()-[:HOSTED]->() }},
  {type: 'PUBLISHED', count: COUNT { ()-[:PUBLISHED]->() }},
  {type: 'COMPETES_WITH', count: COUNT { ()-[:COMPETES_WITH]->() }},
  {type: 'SUPPORTS_DEVELOPMENT_OF', count: COUNT { ()-[:SUPPORTS_DEVELOPMENT_OF]->() }},
  {type: 'DEPENDS_ON', count: COUNT { ()-[:DEPENDS_ON]->() }},
  {type: 'SAID', count: COUNT { ()-[:SAID]->() }},
  {type: 'ABOUT', count: COUNT { ()-[:ABOUT]->() }},
  {type: 'STATED_IN', count: COUNT { ()-[:STATED_IN]->() }},
  {type: 'SUPPORTS', count: COUNT { ()-[:SUPPORTS]->() }},
  {type: 'CONTRADICTS', count: COUNT { ()-[:CONTRADICTS]->() }}
] AS counts
