// Bulk load into an EMPTY database: fact edges of ONE type ({{RELATIONSHIP_TYPE}}, filled by loadQueryForType
// from FACT_RELATIONSHIP_TYPES only) between entities found by their id constraint; CREATE, since nothing
// exists yet. Returns the ids written so the loader can fail when an end node is missing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:{{RELATIONSHIP_TYPE}} {id: row.id}]->(b)
SET r.role = row.role, r.claimIds = row.claimIds, r.review = row.review
RETURN row.id AS id
