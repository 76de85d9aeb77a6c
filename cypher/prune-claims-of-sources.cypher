// Remove the claims of $sourceIds that the new batch no longer has ($keepIds), with all their edges.
MATCH (c:Claim)
WHERE c.sourceId IN $sourceIds AND NOT c.id IN $keepIds
DETACH DELETE c
RETURN count(*) AS pruned
