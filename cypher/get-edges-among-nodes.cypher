// The edges of a subgraph: relationships of the whitelisted $types whose both ends are in $keys (element ids).
MATCH (a)
WHERE elementId(a) IN $keys
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND elementId(b) IN $keys
RETURN r {.id, type: type(r), from: a.id, to: b.id, .role, .claimIds} AS edge
ORDER BY edge.id
