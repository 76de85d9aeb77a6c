// One breadth-first step: the not-yet-visited neighbours of the $frontier (element ids) over the
// whitelisted $relationshipTypes, undirected, keeping only nodes whose type is in $nodeTypes.
// The smallest ids first and at most $limit of them, so a hub cannot blow up one step.
MATCH (f)
WHERE elementId(f) IN $frontier
MATCH (f)-[r]-(n)
WHERE type(r) IN $relationshipTypes
  AND NOT elementId(n) IN $visited
  AND (n:Entity OR n:Claim OR n:Source)
WITH DISTINCT n, CASE WHEN n:Claim THEN 'Claim' WHEN n:Source THEN 'Source' ELSE n.type END AS nodeType
WHERE nodeType IN $nodeTypes
RETURN n {.id, type: nodeType, label: CASE WHEN n:Claim THEN n.summary WHEN n:Source THEN n.title ELSE n.name END,
          key: elementId(n)} AS node
ORDER BY node.id
LIMIT $limit
