// Before a source is re-written: take the claims of $sourceIds off the fact edges they asserted (their
// assertsEdgeIds), and delete fact edges no other claim asserts. write-fact-edges.cypher then puts back
// what the batch says, so an edited or removed claim leaves no stale support behind.
MATCH (c:Claim)
WHERE c.sourceId IN $sourceIds
WITH collect(c.id) AS claimIds, collect(c.assertsEdgeIds) AS edgeIdLists
UNWIND edgeIdLists AS edgeIds
UNWIND edgeIds AS edgeId
WITH DISTINCT claimIds, edgeId, split(edgeId, '--') AS parts
MATCH (a:Entity {id: parts[0]})-[r]->(:Entity {id: parts[2]})
WHERE r.id = edgeId
WITH r, [id IN r.claimIds WHERE NOT id IN claimIds] AS remaining
FOREACH (_ IN CASE WHEN size(remaining) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(remaining) > 0 THEN [1] ELSE [] END | SET r.claimIds = remaining)
RETURN count(*) AS touched
