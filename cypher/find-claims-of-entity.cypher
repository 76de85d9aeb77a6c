// One page of the claims said by or about one entity, in (sourceId, start, id) order (keyset pagination).
// Starts from the entity named by $speakerId (its SAID edges) or else $aboutId (ABOUT edges): a few
// claims instead of a walk over all of them; the remaining filters are those of find-claims.cypher.
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
  AND ($after IS NULL
    OR c.sourceId > $after.sourceId
    OR (c.sourceId = $after.sourceId AND (c.start > $after.start OR (c.start = $after.start AND c.id > $after.id))))
RETURN c {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
          .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review} AS claim
ORDER BY c.sourceId, c.start, c.id
LIMIT $first
