// Bulk load into an EMPTY database (server/store/neo4j/neo4j-bulk-load.ts): CREATE, no MERGE lookups.
// Label Entity plus the type label; row.type was checked against the vocabulary by the adapter and is taken
// as a value ($(...)), never as query text. The row holds exactly the properties write-entities.cypher sets.
UNWIND $rows AS row
CREATE (e:Entity:$(row.type))
SET e = row
RETURN count(e) AS written
