// Upsert fact edges of ONE relationship type between entities. MERGE needs a static type to plan well
// (with a dynamic type Neo4j 5.26 scans every relationship per row), so {{RELATIONSHIP_TYPE}} is filled in
// by loadQueryForType() in neo4j-executor.ts -- the single place where query text gets a type, always one
// of FACT_RELATIONSHIP_TYPES, never user input. claimIds = what detach-fact-edges-from-claims-of-sources
// .cypher left, united with the batch's, sorted; role comes from the batch. Each listed claim records the
// edge in its bookkeeping factEdgeIds. Rows whose entities are missing are not written; the adapter
// compares the returned ids with the rows it sent and fails the whole transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{RELATIONSHIP_TYPE}} {id: row.id}]->(b)
WITH r, row, COLLECT { UNWIND coalesce(r.claimIds, []) + row.claimIds AS id RETURN DISTINCT id ORDER BY id } AS claimIds
SET r.role = row.role, r.claimIds = claimIds, r.review = row.review
WITH r, row
CALL (row) {
  UNWIND row.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  SET c.factEdgeIds = CASE WHEN row.id IN coalesce(c.factEdgeIds, []) THEN c.factEdgeIds
                           ELSE coalesce(c.factEdgeIds, []) + row.id END
}
RETURN row.id AS id
