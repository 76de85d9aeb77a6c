// Upsert fact edges between entities. row.type is a FACT_RELATIONSHIP_TYPES value checked by the adapter
// (a dynamic type takes it as a value, never as query text). claimIds keeps the supporting claims of other
// sources (left by detach-fact-edges-from-claims-of-sources.cypher) and adds the batch's, sorted.
// Rows whose entities are missing are not written; the adapter compares the returned ids with the rows.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, COLLECT { UNWIND coalesce(r.claimIds, []) + row.claimIds AS id RETURN DISTINCT id ORDER BY id } AS claimIds
SET r.role = row.role, r.claimIds = claimIds
RETURN row.id AS id
