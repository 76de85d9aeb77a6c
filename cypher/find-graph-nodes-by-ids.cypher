// The start nodes of a traversal (neighbourhood seeds, path ends): entities, claims or sources by id.
// `key` is the element id the next traversal steps use to find the node again without a label.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Claim {id: id}) RETURN n
  UNION
  MATCH (n:Source {id: id}) RETURN n
}
RETURN n {.id,
          type: CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END,
          label: CASE WHEN n:Claim THEN n.summary WHEN n:Source THEN n.title ELSE n.name END, .review,
          key: elementId(n)} AS node
