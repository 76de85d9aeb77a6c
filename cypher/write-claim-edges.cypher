// Create the provenance edges of the batch's claims (rows from server/store/batch-to-edges.ts). Each type
// joins fixed labels, so one UNION branch per family finds both ends with index seeks. CREATE, not MERGE:
// write-claims.cypher has just deleted every edge these claims own, and the adapter sends each id once.
// row.type was checked against CLAIM_RELATIONSHIP_TYPES by the adapter; the dynamic type takes it as a
// value, never as query text. Rows whose ends are missing are not written; the adapter compares the
// returned ids with the rows it sent and fails the whole transaction.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from}), (b:Claim {id: row.to}) WHERE row.type = 'SAID' RETURN a, b
  UNION
  MATCH (a:Claim {id: row.from}), (b:Entity {id: row.to}) WHERE row.type = 'ABOUT' RETURN a, b
  UNION
  MATCH (a:Claim {id: row.from}), (b:Source {id: row.to}) WHERE row.type = 'STATED_IN' RETURN a, b
  UNION
  MATCH (a:Claim {id: row.from}), (b:Claim {id: row.to}) WHERE row.type IN ['SUPPORTS', 'CONTRADICTS'] RETURN a, b
}
CREATE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r.role = row.role, r.claimIds = row.claimIds, r.review = row.review
RETURN row.id AS id
