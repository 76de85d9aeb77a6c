// Fact edges touching any of $ids (either direction), only of the whitelisted $types; per entity only the
// first $perEntity edges by id, so a hub entity (a country with thousands of edges) stays bounded.
MATCH (e:Entity)
WHERE e.id IN $ids
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE type(r) IN $types
  RETURN r
  ORDER BY r.id
  LIMIT $perEntity
}
WITH DISTINCT r
RETURN r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id, .role, .claimIds, .review} AS edge
ORDER BY edge.id
