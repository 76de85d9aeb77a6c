// Fact edges touching any of $ids (either direction), only of the whitelisted $types.
MATCH (e:Entity)
WHERE e.id IN $ids
MATCH (e)-[r]-(:Entity)
WHERE type(r) IN $types
WITH DISTINCT r
RETURN r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id, .role, .claimIds} AS edge
ORDER BY edge.id
