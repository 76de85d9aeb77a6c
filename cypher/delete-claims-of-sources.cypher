// Curation removal: every claim stated in $sourceIds plus the claims $claimIds, with all their edges.
// detach-fact-edges-from-claims-of-sources.cypher has already taken them off their fact edges.
MATCH (c:Claim)
WHERE c.sourceId IN $sourceIds OR c.id IN $claimIds
DETACH DELETE c
RETURN count(*) AS deleted
