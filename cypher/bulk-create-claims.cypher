// Bulk load into an EMPTY database: claim nodes with the properties write-claims.cypher and
// write-fact-edges.cypher set (factEdgeIds included), created without MERGE lookups.
UNWIND $rows AS row
CREATE (c:Claim)
SET c = row
RETURN count(c) AS written
