// Node count per node type, read from Neo4j's count store (no scan). One line per label of NODE_TYPES in
// server/domain/vocabulary.ts: labels cannot be parameters here, so the list is written out and a unit test
// (tests/neo4j/stats-query-covers-vocabulary.test.ts) fails when the vocabulary and this file differ.
RETURN [
  {type: 'Company', count: COUNT { (:Company) }},
  {type: 'Model', count: COUNT { (:Model) }},
  {type: 'Person', count: COUNT { (:Person) }},
  {type: 'Regulator', count: COUNT { (:Regulator) }},
  {type: 'Organization', count: COUNT { (:Organization) }},
  {type: 'Place', count: COUNT { (:Place) }},
  {type: 'Event', count: COUNT { (:Event) }},
  {type: 'Benchmark', count: COUNT { (:Benchmark) }},
  {type: 'Claim', count: COUNT { (:Claim) }},
  {type: 'Source', count: COUNT { (:Source) }}
] AS counts
