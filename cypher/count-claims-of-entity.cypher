// How many claims said by or about one entity match the filters (same meaning as count-claims.cypher).
// Starts from the entity named by $speakerId (its SAID edges) or else $aboutId (ABOUT edges): a few
// claims instead of a walk over all of them; the remaining filters are those of count-claims.cypher.
MATCH (e:Entity {id: coalesce($speakerId, $aboutId)})
CALL (e) {
  MATCH (e)-[:SAID]->(c:Claim) WHERE $speakerId IS NOT NULL RETURN c
  UNION
  MATCH (c:Claim)-[:ABOUT]->(e) WHERE $speakerId IS NULL RETURN c
}
WITH c
WHERE ($sourceId IS NULL OR c.sourceId = $sourceId)
  AND ($speakerId IS NULL OR c.speakerId = $speakerId)
  AND ($aboutId IS NULL OR $aboutId IN c.subjectIds)
  AND ($topicId IS NULL OR c.topicId = $topicId)
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($reviewed IS NULL OR (coalesce(c.review, 'accepted') <> 'proposed') = $reviewed)
  AND all(word IN $words WHERE c.wordText CONTAINS ' ' + word + ' ')
RETURN count(c) AS total
