// All shortest undirected paths between two nodes (element ids $fromKey, $toKey), walking only the
// whitelisted $types, never through a Source and through a Claim only when $viaClaims.
// The 6 is LIMITS.MAX_HOPS (variable-length bounds cannot be parameters); the adapter drops paths longer
// than the caller's maxHops, which is exact because all shortest paths have the same length.
MATCH (a), (b)
WHERE elementId(a) = $fromKey AND elementId(b) = $toKey
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(n IN nodes(p) WHERE NOT n:Source AND NOT n:Topic AND ($viaClaims OR NOT n:Claim))
WITH [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS edgeIds
RETURN nodeIds, edgeIds
ORDER BY nodeIds, edgeIds
LIMIT $limit
