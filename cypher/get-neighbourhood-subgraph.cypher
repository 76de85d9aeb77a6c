// The nodes with these ids (entities, claims, sources) as graph nodes, and the edges among them over the
// whitelisted $relationshipTypes: the answer of a neighbourhood once expand-neighbourhood.cypher has
// walked it and the caller has cut it to the first $limit nodes. The caller keeps its own node order.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Claim {id: id}) RETURN n
  UNION
  MATCH (n:Source {id: id}) RETURN n
}
WITH collect(n) AS included
CALL (included) {
  UNWIND included AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $relationshipTypes AND b IN included
  RETURN collect(r {.id, type: type(r), from: a.id, to: b.id, .role, .claimIds, .review}) AS edges
}
RETURN [n IN included | n {.id,
          type: CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END,
          label: CASE WHEN n:Claim THEN n.summary WHEN n:Source THEN n.title ELSE n.name END, .review}] AS nodes,
       edges
