// Step 2 of the replace semantics (tests/contract/graph-store-contract.ts): the "replaced" claims --
// stored claims of the batch's $sourceIds plus stored claims whose id is in the batch ($claimIds) -- leave
// the claimIds of every fact edge; fact edges left without claims are deleted. factEdgeIds is a
// bookkeeping property (never returned) listing the fact edges whose claimIds hold the claim, kept by
// write-fact-edges.cypher, so this finds those edges without scanning all relationships.
MATCH (c:Claim)
WHERE c.sourceId IN $sourceIds OR c.id IN $claimIds
WITH collect(c) AS replaced
CALL (replaced) {
  UNWIND replaced AS c
  UNWIND coalesce(c.factEdgeIds, []) AS edgeId
  RETURN collect(DISTINCT edgeId) AS edgeIds
}
FOREACH (c IN replaced | SET c.factEdgeIds = [])
WITH [c IN replaced | c.id] AS replacedIds, edgeIds
UNWIND edgeIds AS edgeId
WITH replacedIds, edgeId, split(edgeId, '--') AS parts
MATCH (:Entity {id: parts[0]})-[r]->(:Entity {id: parts[2]})
WHERE r.id = edgeId
WITH r, [id IN r.claimIds WHERE NOT id IN replacedIds] AS remaining
FOREACH (_ IN CASE WHEN size(remaining) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(remaining) > 0 THEN [1] ELSE [] END | SET r.claimIds = remaining)
RETURN count(*) AS touched
