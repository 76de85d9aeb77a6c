// Edges by id. An id is `from--TYPE--to`; the adapter splits it and passes the start node id, which is an
// entity (fact edges, SAID) or a claim (ABOUT, STATED_IN, SUPPORTS, CONTRADICTS): two index seeks, then
// the relationships of that one node.
UNWIND $rows AS row
OPTIONAL MATCH (entity:Entity {id: row.from})
OPTIONAL MATCH (claim:Claim {id: row.from})
WITH row, coalesce(entity, claim) AS start
WHERE start IS NOT NULL
MATCH (start)-[r]->(end)
WHERE r.id = row.id
RETURN r {.id, type: type(r), from: start.id, to: end.id, .role, .claimIds, .review} AS edge
