// The whole breadth-first neighbourhood in ONE query (one round trip instead of one per level): seeds by
// id, then up to three levels, each written out (a level only runs when $depth reaches it and the walk
// has not yet found $cap nodes). A level = the not-yet-visited neighbours of the previous level over the
// whitelisted $relationshipTypes (undirected) whose type is in $nodeTypes, smallest ids first, at most
// what is left of $cap -- exactly the per-level rules the embedded store applies, so a hub cannot blow
// up one step: ORDER BY ... LIMIT $cap is a top-k sort, then the slice keeps what the budget allows.
// Returns the seeds and levels concatenated ((distance, id) order), the first $limit of them with the
// edges among them, and how many were found (for omittedNodes).
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
  UNWIND seeds AS f
  MATCH (f)-[r]-(n)
  WHERE type(r) IN $relationshipTypes AND NOT n IN seeds AND (n:Entity OR n:Claim OR n:Source)
  WITH DISTINCT n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  WITH n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level1
}
WITH seeds, level1[0..($cap - size(seeds))] AS level1
CALL (seeds, level1) {
  WITH seeds + level1 AS visited, level1 WHERE $depth >= 2 AND size(visited) < $cap
  UNWIND level1 AS f
  MATCH (f)-[r]-(n)
  WHERE type(r) IN $relationshipTypes AND NOT n IN visited AND (n:Entity OR n:Claim OR n:Source)
  WITH DISTINCT n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  WITH n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level2
}
WITH seeds + level1 AS visited1, level2[0..($cap - size(seeds) - size(level1))] AS level2
CALL (visited1, level2) {
  WITH visited1 + level2 AS visited, level2 WHERE $depth >= 3 AND size(visited) < $cap
  UNWIND level2 AS f
  MATCH (f)-[r]-(n)
  WHERE type(r) IN $relationshipTypes AND NOT n IN visited AND (n:Entity OR n:Claim OR n:Source)
  WITH DISTINCT n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
  WHERE nodeType IN $nodeTypes
  WITH n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level3
}
WITH visited1 + level2 + level3[0..($cap - size(visited1) - size(level2))] AS found
WITH found[0..$limit] AS included, size(found) AS foundCount
CALL (included) {
  UNWIND included AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $relationshipTypes AND b IN included
  RETURN collect(r {.id, type: type(r), from: a.id, to: b.id, .role, .claimIds, .review}) AS edges
}
RETURN [n IN included | n {.id,
          type: CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END,
          label: CASE WHEN n:Claim THEN n.summary WHEN n:Source THEN n.title ELSE n.name END, .review}] AS nodes,
       edges, foundCount
