// The nodes with these ids (entities, claims, sources) as graph nodes, and the edges among them over the
// whitelisted $relationshipTypes: the answer of a neighbourhood once expand-neighbourhood.cypher has
// walked it and the caller has cut it to the first $limit nodes. The caller keeps its own node order.
// A hub's relationships (more than $hubDegree) are never iterated: an edge is found from its start node,
// or from its end node when the start is a hub; an edge between two hubs by an expand-into of the pair.
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
  CALL (included) {
    UNWIND included AS a
    WITH a, included WHERE COUNT { (a)--() } <= $hubDegree
    MATCH (a)-[r]-(b)
    WHERE type(r) IN $relationshipTypes AND b IN included
      AND (startNode(r) = a OR COUNT { (b)--() } > $hubDegree)
    RETURN r
    UNION
    WITH [x IN included WHERE COUNT { (x)--() } > $hubDegree] AS hubs
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r]->(b)
    WHERE type(r) IN $relationshipTypes
    RETURN r
  }
  RETURN collect(r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id, .role, .claimIds, .review}) AS edges
}
RETURN [n IN included | n {.id,
          type: CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END,
          label: CASE WHEN n:Claim THEN n.summary WHEN n:Source THEN n.title ELSE n.name END, .review}] AS nodes,
       edges
