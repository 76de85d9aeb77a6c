// Upsert fact edges between entities. row.type is a FACT_RELATIONSHIP_TYPES value checked by the adapter
// (a dynamic type takes it as a value, never as query text). claimIds = what detach-fact-edges-from-claims-
// of-sources.cypher left, united with the batch's, sorted; role comes from the batch. Each listed claim
// records the edge in its bookkeeping factEdgeIds. Rows whose entities are missing are not written; the
// adapter compares the returned ids with the rows it sent and fails the whole transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, COLLECT { UNWIND coalesce(r.claimIds, []) + row.claimIds AS id RETURN DISTINCT id ORDER BY id } AS claimIds
SET r.role = row.role, r.claimIds = claimIds
WITH r, row
CALL (row) {
  UNWIND row.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  SET c.factEdgeIds = CASE WHEN row.id IN coalesce(c.factEdgeIds, []) THEN c.factEdgeIds
                           ELSE coalesce(c.factEdgeIds, []) + row.id END
}
RETURN row.id AS id
