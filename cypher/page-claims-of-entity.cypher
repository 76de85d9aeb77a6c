// One page of the claims said by or about one entity AND how many match, in one round trip: the count
// and the page walk the same few claims (an entity's SAID or ABOUT edges), so one query reads them once
// where find-claims-of-entity + count-claims-of-entity read them twice in two transactions. Page order
// (sourceId, start, id), keyset after $after; the filters are those of find-claims.cypher.
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
WITH c ORDER BY c.sourceId, c.start, c.id
WITH collect(c) AS matching
RETURN size(matching) AS total,
       [c IN matching WHERE $after IS NULL
          OR c.sourceId > $after.sourceId
          OR (c.sourceId = $after.sourceId AND (c.start > $after.start OR (c.start = $after.start AND c.id > $after.id)))
        | c {.id, .quote, .summary, .kind, .speakerId, .subjectIds, .sourceId, .start, .end, .date, .topicId,
             .stance, .figures, .supportsIds, .contradictsIds, .assertsEdgeIds, .review}][0..$first] AS claims
