// The whole breadth-first walk in ONE query (one round trip instead of one per level): seeds by
// id, then up to three levels, each written out (a level only runs when $depth reaches it and the walk
// has not yet found $cap nodes). A level = the not-yet-visited neighbours of the previous level over the
// whitelisted $relationshipTypes (undirected) whose type is in $nodeTypes -- the per-level rules the
// embedded store applies. The embedded store truncates a level to what is left of $cap (smallest ids
// first) and then stops; here a level is kept whole (a level only expands when nothing before it was
// truncated, so that changes no later level) and only the answer is cut, by the caller: foundCount =
// min(total, $cap) and the first $limit nodes in (distance, id) order.
// Hubs (more than $hubDegree relationships, read from the degree store) are reached but not walked
// through unless they are seeds, and are returned as `hubs` (LIMITS.HUB_DEGREE).
// "Not yet visited" is a set difference done by grouping: the visited nodes (seen = 1) and the level's
// neighbours (seen = 0) go through one aggregation keyed by node, and only nodes never seen survive. A
// per-row `NOT n IN visited` instead cost |rows| x |visited| (the cap allows 10,150 visited nodes) and,
// at depth 3 next to the hub, more than the 128 MiB per-transaction memory limit (measured: bench small).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Claim {id: id}) RETURN n
  UNION
  MATCH (n:Source {id: id}) RETURN n
}
WITH DISTINCT n ORDER BY n.id
WITH collect(n) AS seeds
CALL (seeds) {
  WITH seeds WHERE $depth >= 1 AND size(seeds) < $cap
  CALL (seeds) {
    UNWIND seeds AS n RETURN n, 1 AS seen
    UNION ALL
    UNWIND seeds AS f
    MATCH (f)-[r]-(n)
    WHERE type(r) IN $relationshipTypes AND (n:Entity OR n:Claim OR n:Source)
    RETURN n, 0 AS seen
  }
  WITH n, max(seen) AS seen WHERE seen = 0
  WITH n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  RETURN collect(n) AS level1
}
CALL (seeds, level1) {
  WITH seeds + level1 AS visited, level1 WHERE $depth >= 2 AND size(seeds) + size(level1) < $cap
  CALL (visited, level1) {
    UNWIND visited AS n RETURN n, 1 AS seen
    UNION ALL
    UNWIND level1 AS f
    WITH f WHERE COUNT { (f)--() } <= $hubDegree
    MATCH (f)-[r]-(n)
    WHERE type(r) IN $relationshipTypes AND (n:Entity OR n:Claim OR n:Source)
    RETURN n, 0 AS seen
  }
  WITH n, max(seen) AS seen WHERE seen = 0
  WITH n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  RETURN collect(n) AS level2
}
WITH seeds, level1, level2
CALL (seeds, level1, level2) {
  WITH seeds + level1 + level2 AS visited, level2 WHERE $depth >= 3 AND size(seeds) + size(level1) + size(level2) < $cap
  CALL (visited, level2) {
    UNWIND visited AS n RETURN n, 1 AS seen
    UNION ALL
    UNWIND level2 AS f
    WITH f WHERE COUNT { (f)--() } <= $hubDegree
    MATCH (f)-[r]-(n)
    WHERE type(r) IN $relationshipTypes AND (n:Entity OR n:Claim OR n:Source)
    RETURN n, 0 AS seen
  }
  WITH n, max(seen) AS seen WHERE seen = 0
  WITH n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  RETURN collect(n) AS level3
}
// The levels go back as id lists, unsorted: the caller orders them by (distance, id), keeps the first
// $limit and fetches those with the edges among them (get-neighbourhood-subgraph.cypher). Ordering here
// needs a top-k, and the SLOTTED runtime charges every buffered row for the lists in scope: 106 MB for
// 150 rows at depth 2 around the hub, over the 128 MiB transaction limit at depth 3 (measured).
RETURN [x IN seeds | x.id] AS seeds, [x IN level1 | x.id] AS level1, [x IN level2 | x.id] AS level2,
       [x IN level3 | x.id] AS level3,
       [x IN level1 WHERE $depth >= 2 AND size(seeds) + size(level1) < $cap AND COUNT { (x)--() } > $hubDegree | x.id] +
       [x IN level2 WHERE $depth >= 3 AND size(seeds) + size(level1) + size(level2) < $cap
          AND COUNT { (x)--() } > $hubDegree | x.id] AS hubs
