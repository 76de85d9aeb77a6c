// The whole breadth-first neighbourhood in ONE query (one round trip instead of one per level): seeds by
// id, then up to three levels, each written out (a level only runs when $depth reaches it and the walk
// has not yet found $cap nodes). A level = the not-yet-visited neighbours of the previous level over the
// whitelisted $relationshipTypes (undirected) whose type is in $nodeTypes -- the per-level rules the
// embedded store applies. The embedded store truncates a level to what is left of $cap (smallest ids
// first) and then stops; here a level is kept whole (a level only expands when nothing before it was
// truncated, so that changes no later level) and only the answer is cut: foundCount = min(total, $cap)
// and the first $limit nodes in (distance, id) order, with the edges among them.
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
    MATCH (f)-[r]-(n)
    WHERE type(r) IN $relationshipTypes AND (n:Entity OR n:Claim OR n:Source)
    RETURN n, 0 AS seen
  }
  WITH n, max(seen) AS seen WHERE seen = 0
  WITH n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  RETURN collect(n) AS level3
}
// Only the first $limit in (distance, id) order are returned, so one top-k over all levels at the top
// level, where no list rides along in the rows (inside a CALL every buffered row carries the imported
// lists and the memory tracker charges each row for them: 34 KB a row at depth 3, measured).
WITH [x IN seeds | [0, x]] + [x IN level1 | [1, x]] + [x IN level2 | [2, x]] + [x IN level3 | [3, x]] AS tagged,
     size(seeds) + size(level1) + size(level2) + size(level3) AS total
UNWIND CASE WHEN tagged = [] THEN [null] ELSE tagged END AS t
WITH t[0] AS distance, t[1] AS n, total
ORDER BY distance, n.id
LIMIT $limit
WITH collect(n) AS included, CASE WHEN total < $cap THEN total ELSE $cap END AS foundCount
CALL (included) {
  UNWIND included AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $relationshipTypes AND b IN included
  RETURN collect(r {.id, type: type(r), from: a.id, to: b.id, .role, .claimIds}) AS edges
}
RETURN [n IN included | n {.id,
          type: CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END,
          label: CASE WHEN n:Claim THEN n.summary WHEN n:Source THEN n.title ELSE n.name END}] AS nodes,
       edges, foundCount
